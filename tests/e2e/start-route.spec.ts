import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Moves the keyboard focus with Tab until `target` has it, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80) {
  const element = target.first();
  await element.waitFor();
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await element.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${element.toString()}`);
}

/** Islands react to input only once hydrated. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

const routeBar = (page: Page) => page.getByRole('navigation', { name: 'Leesroute', exact: true });

for (const [device, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['laptop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`a new professional on a ${device}`, () => {
    test.use({ viewport });

    test('follows "Eerste week" by keyboard only, checks their understanding, keeps progress and resets it', async ({
      page,
    }) => {
      // A long journey (a dozen pages, ~150 key presses): give it room on a busy machine.
      test.slow();
      await page.goto('/start/');
      await hydrated(page);
      const week = page.getByRole('region', { name: 'Eerste week: multistressgezinnen' });
      await expect(week.getByText('0 van 11 stappen gelezen')).toBeVisible();
      await expect(week.getByRole('listitem')).toHaveCount(11);
      await expect(page.getByText('Er gaat niets naar ons of naar iemand anders')).toBeVisible();

      await tabTo(page, week.getByRole('link', { name: /^Begin bij stap 1/ }));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Stap 1: Wat is een multistressgezin?',
      );
      await expect(page.getByText('Stap 1 van 11 · Eerste week · ongeveer')).toBeVisible();

      await tabTo(page, page.getByRole('link', { name: /^Begin met lezen/ }));
      await page.keyboard.press('Enter');

      // Three entry pages, each saying where the reader is and what comes next.
      for (const [title, position, next] of [
        ['Multistressgezin', 'Tekst 1 van 3', 'Multiprobleemgezin'],
        ['Multiprobleemgezin', 'Tekst 2 van 3', 'Problemen hangen samen en houden elkaar in stand'],
        ['Problemen hangen samen en houden elkaar in stand', 'Tekst 3 van 3', 'Vragen bij stap 1'],
      ] as const) {
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
        await expect(routeBar(page)).toContainText('Stap 1 van 11 · Eerste week');
        await expect(routeBar(page)).toContainText(position);
        const nextLink = routeBar(page).getByRole('link', { name: `Volgende: ${next}` });
        await expect(nextLink).toBeVisible();
        await tabTo(page, nextLink);
        await page.keyboard.press('Enter');
      }

      await expect(page).toHaveURL(/\/start\/eerste-week\/1\/#vragen$/);
      await hydrated(page);
      const first = page.getByRole('group', { name: /Vraag 1\./ });
      const form = page.locator('form', { has: first });

      // A wrong answer: told so, given the right one and where it is explained.
      await tabTo(page, first.getByRole('radio').first());
      await page.keyboard.press('ArrowDown');
      await expect(first.getByRole('radio').nth(1)).toBeChecked();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(form.getByText('Niet goed.')).toBeVisible();
      await expect(
        form.getByText(/Het juiste antwoord is: Dat de problemen met elkaar verweven zijn/),
      ).toBeVisible();
      await expect(
        form.getByRole('link', { name: 'Problemen hangen samen en houden elkaar in stand' }),
      ).toHaveAttribute('href', '/elementen/problemen-verweven-en-complex/');
      // The explanation names the source the answer rests on: the document and the place in it.
      await expect(
        form.getByRole('link', {
          name: 'Wat werkt bij multiprobleemgezinnen in Rotterdam — werkzame elementen in de aanpak',
        }),
      ).toHaveAttribute('href', '/bronnen/verwey-jonker-mpg-rotterdam/');
      await expect(
        form.getByText(/^Bron: .*, Deel 1, §2\.1 Cliëntfactoren, Kenmerken multiprobleemgezinnen\.$/),
      ).toBeVisible();
      await expect(form).not.toContainText('onze lezing');

      // The right answer.
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('ArrowUp');
      await expect(first.getByRole('radio').first()).toBeChecked();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(form.getByText('Goed.')).toBeVisible();

      const done = page.getByRole('checkbox', { name: 'Ik heb deze stap gelezen' });
      await tabTo(page, done);
      await page.keyboard.press('Space');
      await expect(done).toBeChecked();
      await expect(page.getByText('1 van 11 stappen gelezen')).toBeVisible();

      // Reloading keeps it all.
      await page.reload();
      await hydrated(page);
      await expect(page.getByRole('checkbox', { name: 'Ik heb deze stap gelezen' })).toBeChecked();
      await expect(
        page.locator('form', { has: page.getByRole('group', { name: /Vraag 1\./ }) }),
      ).toContainText('Goed.');
      await tabTo(page, page.getByRole('link', { name: /^Volgende stap: De zeven levensgebieden/ }));
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stap 2: De zeven levensgebieden');

      await page.goto('/start/');
      await hydrated(page);
      const weekAgain = page.getByRole('region', { name: 'Eerste week: multistressgezinnen' });
      await expect(weekAgain.getByText('1 van 11 stappen gelezen')).toBeVisible();
      await expect(weekAgain.getByRole('link', { name: /^Ga verder met stap 2/ })).toBeVisible();
      await expect(weekAgain.getByRole('listitem').first()).toContainText('✓ gelezen');

      await tabTo(page, weekAgain.getByRole('button', { name: 'Voortgang wissen' }));
      await page.keyboard.press('Enter');
      await tabTo(page, weekAgain.getByRole('button', { name: 'Ja, wissen' }));
      await page.keyboard.press('Enter');
      await expect(weekAgain.getByText('0 van 11 stappen gelezen')).toBeVisible();
      await expect(weekAgain.getByRole('link', { name: /^Begin bij stap 1/ })).toBeVisible();
    });

    test('nothing on the route pages scrolls sideways', async ({ page }) => {
      for (const path of ['/start/', '/start/eerste-week/5/', '/start/wijkteam-gezinstypen/leeslijst/']) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  });
}

test('an answer that rests on our own reading of the source says so after checking', async ({ page }) => {
  await page.goto('/start/eerste-week/2/');
  await hydrated(page);
  const first = page.getByRole('group', { name: /Vraag 1\./ });
  const form = page.locator('form', { has: first });
  await first.getByRole('radio').nth(1).check();
  await form.getByRole('button', { name: 'Controleer mijn antwoord' }).click();
  await expect(form.getByText('Goed.')).toBeVisible();
  await expect(
    form.getByText(/^Bron: .*\. Dit antwoord is onze lezing van de bron; de bron zegt het niet zo\.$/),
  ).toBeVisible();
  await expect(form.getByRole('link', { name: /FamilieKracht/ })).toHaveAttribute(
    'href',
    '/bronnen/familiekracht-lessen/',
  );
});

test('corrupt saved progress shows a Dutch message, keeps a backup and the page still works', async ({
  page,
}) => {
  await page.goto('/start/');
  // Let the page read the (empty) store first, so it cannot catch the corrupt data before the reload.
  await hydrated(page);
  await page.evaluate(() =>
    localStorage.setItem('werkzaam.voortgang', '{"v":1,"data":{"routes":{"x":{"read":"kapot"}}}}'),
  );
  await page.reload();
  await hydrated(page);
  await expect(page.getByRole('alert')).toContainText('We konden je voortgang op dit apparaat niet lezen');
  await expect(page.getByRole('alert')).toContainText('reservekopie');
  await expect(page.getByText('0 van 11 stappen gelezen')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('werkzaam.voortgang.reservekopie'))).toContain(
    'kapot',
  );
});

test('an entry page opened without a route, or with an unknown one, shows no route bar', async ({ page }) => {
  await page.goto('/begrippen/multistressgezin/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Multistressgezin');
  await expect(routeBar(page)).toHaveCount(0);
  await page.goto('/begrippen/multistressgezin/?route=bestaat-niet&stap=1');
  await page.waitForLoadState('networkidle');
  await expect(routeBar(page)).toHaveCount(0);
});

test('a route step can point into a werkkaart: "In het kort" first, long lists folded behind "toon alle"', async ({
  page,
}) => {
  await page.goto('/werkkaarten/gewenste-houding/?route=eerste-week&stap=5#in-het-kort');
  await expect(routeBar(page)).toContainText('Stap 5 van 11 · Eerste week');
  const inShort = page.getByRole('region', { name: 'In het kort' });
  await expect(inShort.getByRole('heading', { name: 'In het kort' })).toBeInViewport();
  await expect(inShort.getByRole('link', { name: '19 werkzame elementen' })).toHaveAttribute(
    'href',
    '#elementen-kop',
  );
  const elements = page.locator('details').filter({ hasText: 'Toon alle 19 werkzame elementen' });
  await expect(elements).not.toHaveAttribute('open');
  await elements.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(elements).toHaveAttribute('open');
  await expect(page.getByText('Toon alle 8 spanningsvelden')).toBeVisible();
});

test('the reading list prints as a clean A4 list with the titles and addresses of the entries', async ({
  page,
}) => {
  await page.goto('/start/eerste-week/leeslijst/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print deze leeslijst' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(11);
  await expect(
    page.getByText('https://werkzaam.example/begrippen/iwf-model/', { exact: true }),
  ).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the route pages and the route bar have no accessibility violations in ${colorScheme} mode`, async ({
    page,
  }) => {
    test.slow();
    await page.emulateMedia({ colorScheme });
    for (const path of [
      '/start/',
      '/start/eerste-week/1/',
      '/start/eerste-week/leeslijst/',
      '/begrippen/iwf-model/?route=eerste-week&stap=3',
    ]) {
      await page.goto(path);
      if (path.includes('route=')) await routeBar(page).waitFor();
      else await hydrated(page);
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map(
          (v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    }
  });
}
