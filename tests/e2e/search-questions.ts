/**
 * Questions professionals type, in their own words (not the titles), and the
 * entry that must be among the first five results. Used by search.spec.ts.
 */
export const QUESTIONS: [question: string, expected: string | string[]][] = [
  [
    'ouders spelen me tegen elkaar uit',
    ['/elementen/geen-partij-kiezen/', '/dilemmas/scheiding-welke-ouder-heeft-gelijk/'],
  ],
  ['ze bellen me elke avond en ook in het weekend', '/dilemmas/flexibel-versus-grenzen/'],
  ['moeder geeft altijd school de schuld', '/dilemmas/serieus-nemen-versus-schuld-bij-anderen/'],
  ['hoeveel doelen zet ik in het plan', '/dilemmas/waslijst-versus-te-weinig-doelen/'],
  [
    'wanneer moet ik ingrijpen als het kind thuis niet veilig is',
    '/dilemmas/ouders-serieus-versus-veiligheid-kind/',
  ],
  ['ik regel alles zelf voor het gezin', '/dilemmas/brugfunctie-versus-overnemen/'],
  ['net is het ene probleem opgelost of er komt weer een nieuw', '/elementen/problemen-komen-in-golven/'],
  ['gezin vertrouwt hulpverleners niet meer', '/elementen/vertrouwensband-en-betrokkenheid/'],
  ['cursus voor kinderen van gescheiden ouders', '/interventies/jij-en-scheiden/'],
  ['het gezin vindt mij gezelliger dan hun eigen vrienden', '/dilemmas/hulpverlener-leuker-dan-netwerk/'],
  ['mijn normen over opvoeding botsen met die van het gezin', '/dilemmas/eigen-normen-versus-normen-gezin/'],
  ['ouders begrijpen de brieven van de gemeente niet', '/elementen/maak-brieven-en-regelingen-toegankelijk/'],
  ['vader en moeder zitten niet op één lijn', '/dilemmas/gezinsleden-verschillen-in-visie/'],
  ['het gezin leunt te veel op mij', '/elementen/afstand-nemen-bij-afhankelijkheid/'],
  ['puber met crimineel gedrag dreigt uit huis geplaatst te worden', '/interventies/multi-systeem-therapie/'],
  ['wat betekent magie bij doelen', ['/begrippen/magie-doelen/', '/werkkaarten/magie-doelen-en-monitoren/']],
  [
    'kan dit gezin het ooit zelf of blijft het altijd steun nodig hebben',
    '/dilemmas/leerbaarheid-versus-regie-gezin/',
  ],
  ['als je morgen wakker wordt en alles is anders', '/interventies/wondervraag/'],
  ['behandeling van trauma bij kinderen', '/interventies/emdr/'],
  [
    'hoe lang blijf ik bij een gezin betrokken',
    ['/elementen/blijf-betrokken-zolang-nodig/', '/dilemmas/blijven-versus-hulp-stoppen/'],
  ],
  ['ouders kunnen de opvoeding niet meer aan door verslaving of psychiatrie', '/gezinstypen/opschaling/'],
  [
    'familie en buren betrekken bij de hulp',
    [
      '/elementen/betrek-het-netwerk-meteen/',
      '/werkkaarten/netwerk-activeren/',
      '/interventies/netwerkberaad/',
    ],
  ],
  ['schulden en huisuitzetting', '/elementen/sociaaleconomische-problemen/'],
  [
    'wat is het verschil tussen multiprobleem en multistress',
    ['/begrippen/multistressgezin/', '/begrippen/multiprobleemgezin/'],
  ],
];
