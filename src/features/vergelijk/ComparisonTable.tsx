/**
 * The comparison itself: one column per intervention, one row per fact, and
 * matrices for life domains and werkzame elementen. Rendered on the server for
 * the ready-made comparisons and in the browser for a free choice, so both look
 * the same. Folding equal rows is pure CSS (a checkbox and :has()), so it works
 * without JavaScript and under the strict CSP.
 */
import type { ComponentChildren } from 'preact';
import { NOT_IN_SOURCE, type Comparison, type MatrixRow, type Sharing } from './compare';

const SHARING_LABEL: Record<Sharing, string> = {
  alle: 'bij alle',
  meerdere: 'gedeeld',
  een: 'alleen hier',
};

function Cell({
  label,
  children,
  missing,
}: {
  label: string;
  children: ComponentChildren;
  missing?: boolean;
}) {
  return (
    <td data-label={label} class={missing ? 'missing' : undefined}>
      {children}
    </td>
  );
}

function SectionHead({ id, title, span }: { id: string; title: string; span: number }) {
  return (
    <tr class="section">
      <th id={id} colSpan={span} scope="colgroup">
        {title}
      </th>
    </tr>
  );
}

function MatrixRows({ rows, comparison }: { rows: MatrixRow[]; comparison: Comparison }) {
  return (
    <>
      {rows.map((row) => (
        <tr key={row.id} data-equal={row.sharing === 'alle' ? 'true' : undefined}>
          <th scope="row">
            <a href={row.url}>{row.title}</a>{' '}
            <span class={`sharing ${row.sharing}`}>{SHARING_LABEL[row.sharing]}</span>
          </th>
          {row.has.map((has, column) => (
            <Cell key={column} label={comparison.items[column]?.title ?? ''} missing={!has}>
              {has ? <span class="yes">✓ ja</span> : <span class="no">— nee</span>}
            </Cell>
          ))}
        </tr>
      ))}
    </>
  );
}

export default function ComparisonTable({
  comparison,
  caption,
}: {
  comparison: Comparison;
  caption: string;
}) {
  const { items } = comparison;
  const span = items.length + 1;
  const equalRows =
    comparison.facts.filter((f) => f.allEqual).length +
    comparison.levensgebieden.filter((r) => r.sharing === 'alle').length +
    comparison.elementen.filter((r) => r.sharing === 'alle').length;
  return (
    <div class="comparison" data-columns={items.length}>
      <p class="only-diff">
        <label>
          <input type="checkbox" /> Toon alleen verschillen
          <span class="muted">
            {' '}
            (verbergt {equalRows === 1 ? '1 rij' : `${equalRows} rijen`} die voor alle gelijk zijn)
          </span>
        </label>
      </p>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <td class="corner"></td>
            {items.map((item) => (
              <th key={item.id} scope="col">
                <a href={item.url}>{item.title}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <SectionHead id="vergelijk-kenmerken" title="Kenmerken" span={span} />
          {comparison.facts.map((fact) => (
            <tr key={fact.key} data-equal={fact.allEqual ? 'true' : undefined}>
              <th scope="row">{fact.label}</th>
              {fact.values.map((value, column) => (
                <Cell key={column} label={items[column]?.title ?? ''} missing={value === NOT_IN_SOURCE}>
                  {value}
                </Cell>
              ))}
            </tr>
          ))}
        </tbody>
        <tbody>
          <SectionHead id="vergelijk-levensgebieden" title="Levensgebieden" span={span} />
          <MatrixRows rows={comparison.levensgebieden} comparison={comparison} />
        </tbody>
        <tbody>
          <SectionHead id="vergelijk-elementen" title="Werkzame elementen" span={span} />
          {comparison.elementen.length === 0 ? (
            <tr>
              <td colSpan={span}>{NOT_IN_SOURCE}</td>
            </tr>
          ) : (
            <MatrixRows rows={comparison.elementen} comparison={comparison} />
          )}
        </tbody>
        <tbody>
          <SectionHead id="vergelijk-uniek" title="Alleen bij deze aanpak (werkzame elementen)" span={span} />
          <tr>
            <th scope="row">Niet bij de andere</th>
            {comparison.uniqueElements.map((unique, column) => (
              <Cell key={column} label={items[column]?.title ?? ''} missing={unique.length === 0}>
                {unique.length === 0 ? (
                  'geen: alles wat de bron noemt, delen ook andere'
                ) : (
                  <ul>
                    {unique.map((e) => (
                      <li key={e.id}>
                        <a href={e.url}>{e.title}</a>
                      </li>
                    ))}
                  </ul>
                )}
              </Cell>
            ))}
          </tr>
        </tbody>
        <tbody>
          <SectionHead id="vergelijk-bronnen" title="Bronnen" span={span} />
          <tr>
            <th scope="row">Waar dit staat</th>
            {items.map((item) => (
              <Cell key={item.id} label={item.title}>
                <ul>
                  {item.sources.map((s, i) => (
                    <li key={i}>
                      {s.title}, {s.plaats}
                    </li>
                  ))}
                </ul>
              </Cell>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
