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

/**
 * Added for issue #17, written before any tuning, in the words a professional types
 * into the box after a home visit. Several answers are acceptable where the site
 * has more than one fitting entry.
 */
export const MORE_QUESTIONS: [question: string, expected: string | string[]][] = [
  [
    'het gezin doet de deur niet open',
    [
      '/elementen/werk-outreachend/',
      '/begrippen/zorgmijders-en-zorgmissers/',
      '/gezinstypen/vinger-aan-de-pols/',
      '/elementen/lage-motivatie-voor-hulp/',
      '/begrippen/outreachend-werken/',
    ],
  ],
  [
    'ouders houden de boot af en willen geen hulp',
    [
      '/elementen/lage-motivatie-voor-hulp/',
      '/begrippen/zorgmijders-en-zorgmissers/',
      '/elementen/handboek-motiveren-om-hulp-te-aanvaarden/',
    ],
  ],
  ['schulden', '/elementen/sociaaleconomische-problemen/'],
  [
    'gezin heeft geldproblemen en krijgt steeds aanmaningen',
    ['/elementen/sociaaleconomische-problemen/', '/levensgebieden/sociaal-economisch/'],
  ],
  [
    'moeder kan de huur niet meer betalen',
    ['/elementen/sociaaleconomische-problemen/', '/levensgebieden/sociaal-economisch/'],
  ],
  [
    'vader wordt boos en bedreigt mij',
    ['/elementen/stel-grenzen/', '/dilemmas/harde-grenzen-versus-meebewegen/'],
  ],
  [
    'agressieve vader tijdens huisbezoek',
    ['/elementen/stel-grenzen/', '/dilemmas/harde-grenzen-versus-meebewegen/'],
  ],
  [
    'er lopen wel tien hulpverleners rond in dit gezin',
    [
      '/elementen/veel-hulpverleners-over-de-vloer/',
      '/elementen/voer-regie-over-de-hulp/',
      '/begrippen/een-gezin-een-plan-een-regisseur/',
      '/elementen/handboek-hulpverlener-coordineert/',
    ],
  ],
  [
    'te veel instanties bij één gezin en niemand weet wie wat doet',
    [
      '/elementen/voer-regie-over-de-hulp/',
      '/begrippen/casusregie/',
      '/elementen/slides-samenwerking-hulpverleners/',
      '/begrippen/een-gezin-een-plan-een-regisseur/',
      '/elementen/veel-hulpverleners-over-de-vloer/',
    ],
  ],
  ['moeder heeft psychische problemen', ['/levensgebieden/ouders/', '/gezinstypen/opschaling/']],
  ['vader is psychiatrisch patiënt', ['/levensgebieden/ouders/', '/gezinstypen/opschaling/']],
  ['kind gaat niet naar school', '/levensgebieden/kind/'],
  ['zoon spijbelt steeds', '/levensgebieden/kind/'],
  [
    'opa en oma willen wel helpen',
    [
      '/elementen/breng-informele-steun-in-kaart/',
      '/elementen/betrek-het-netwerk-meteen/',
      '/interventies/netwerkberaad/',
      '/elementen/slides-bredere-sociale-omgeving/',
    ],
  ],
  [
    'grootouders inschakelen bij de opvoeding',
    [
      '/elementen/breng-informele-steun-in-kaart/',
      '/elementen/betrek-het-netwerk-meteen/',
      '/interventies/netwerkberaad/',
      '/elementen/slides-bredere-sociale-omgeving/',
    ],
  ],
  ['het huis is een puinhoop', '/elementen/pak-praktische-zaken-op/'],
  [
    'moeder spreekt geen Nederlands',
    ['/interventies/taalmaatje/', '/elementen/culturele-achtergrond-en-taal/'],
  ],
  [
    'gezin zegt steeds de afspraak af',
    [
      '/elementen/stel-grenzen/',
      '/dilemmas/harde-grenzen-versus-meebewegen/',
      '/elementen/afspraken-nakomen-en-steunen/',
    ],
  ],
  ['huiselijk geweld ter sprake brengen', '/elementen/maak-alles-bespreekbaar/'],
  [
    'hoe voorkom ik terugval na het afsluiten',
    ['/gezinstypen/nazorg/', '/elementen/slides-betrokken-na-afsluiting/'],
  ],
];
