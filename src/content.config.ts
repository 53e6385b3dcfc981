/**
 * The typed content model of Werkzaam. Every collection lives in its own folder
 * under `content/` (or under WERKZAAM_CONTENT_DIR, which the content tests use to
 * build broken fixtures). Each field carries a `.describe()` so the model reads
 * as its own documentation; `npm run check` and the build enforce it.
 *
 * Astro does not fail on a reference() to an entry that does not exist; the
 * integrity check in src/knowledge/integrity.ts covers that (run from src/knowledge/knowledge.ts).
 */
import { defineCollection } from 'astro:content';
import { contentFolder, withClearMessages } from './knowledge/content-folder';

import { elementenSchema } from './knowledge/schema/elementen';
import { dilemmasSchema } from './knowledge/schema/dilemmas';
import { werkkaartenSchema } from './knowledge/schema/werkkaarten';
import { interventiesSchema } from './knowledge/schema/interventies';
import { citatenSchema } from './knowledge/schema/citaten';
import { bronnenSchema } from './knowledge/schema/bronnen';
import { begrippenSchema } from './knowledge/schema/begrippen';
import { levensgebiedenSchema } from './knowledge/schema/levensgebieden';
import { gezinstypenSchema } from './knowledge/schema/gezinstypen';
import { casussenSchema } from './knowledge/schema/casussen';
import { sessiesjablonenSchema } from './knowledge/schema/sessiesjablonen';
import { intervisiemethodenSchema } from './knowledge/schema/intervisiemethoden';
import { routesSchema } from './knowledge/schema/routes';
import { werkhulpenSchema } from './knowledge/schema/werkhulpen';

// Each collection is read from its own folder under content/ by the checking
// loader; its fields, each described, are in src/knowledge/schema/<collection>.ts.
export const collections = withClearMessages({
  elementen: defineCollection({ loader: contentFolder('elementen', '**/*.mdx'), schema: elementenSchema }),
  dilemmas: defineCollection({ loader: contentFolder('dilemmas', '**/*.mdx'), schema: dilemmasSchema }),
  werkkaarten: defineCollection({
    loader: contentFolder('werkkaarten', '**/*.mdx'),
    schema: werkkaartenSchema,
  }),
  interventies: defineCollection({
    loader: contentFolder('interventies', '**/*.mdx'),
    schema: interventiesSchema,
  }),
  citaten: defineCollection({ loader: contentFolder('citaten', '**/*.yaml'), schema: citatenSchema }),
  bronnen: defineCollection({ loader: contentFolder('bronnen', '**/*.mdx'), schema: bronnenSchema }),
  begrippen: defineCollection({ loader: contentFolder('begrippen', '**/*.mdx'), schema: begrippenSchema }),
  levensgebieden: defineCollection({
    loader: contentFolder('levensgebieden', '**/*.mdx'),
    schema: levensgebiedenSchema,
  }),
  gezinstypen: defineCollection({
    loader: contentFolder('gezinstypen', '**/*.mdx'),
    schema: gezinstypenSchema,
  }),
  casussen: defineCollection({ loader: contentFolder('casussen', '**/*.mdx'), schema: casussenSchema }),
  sessiesjablonen: defineCollection({
    loader: contentFolder('sessiesjablonen', '**/*.yaml'),
    schema: sessiesjablonenSchema,
  }),
  intervisiemethoden: defineCollection({
    loader: contentFolder('intervisiemethoden', '**/*.mdx'),
    schema: intervisiemethodenSchema,
  }),
  routes: defineCollection({ loader: contentFolder('routes', '**/*.yaml'), schema: routesSchema }),
  werkhulpen: defineCollection({
    loader: contentFolder('werkhulpen', '**/*.yaml'),
    schema: werkhulpenSchema,
  }),
});
