/**
 * Closed word lists the rules use. They describe how names are built in English news and
 * reports (head words, titles, connectors), not which names exist.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** A capitalised phrase ending in one of these names an organisation ("… Movement"). */
export const ORG_HEADS = set(`
  organization organisation organizations organisations movement ministry ministries council committee
  commission agency agencies bank fund army forces force front union association institute institution
  university company corporation corp inc ltd llc plc group embassy consulate office department court courts
  police service services network foundation federation league alliance authority administration
  government parliament assembly senate congress brigade brigades battalion regiment corps guard guards
  coalition party bureau directorate board secretariat center centre academy college school hospital library
  airlines airways television radio press times post news tribune journal herald gazette telegraph
  review daily weekly club cartel mafia taskforce team trust partnership consortium exchange holdings
  industries enterprises systems technologies lab labs laboratories cabinet presidium politburo duma
  majlis knesset navy airforce command committee commissariat inspectorate prosecutor's tribunal
  emirate caliphate brotherhood mujahideen jamaat hezb jihad movement's conference's cell desk clan gang syndicate militia
  project program programme operator maritime shipping logistics community survey chamber technology forum society records recordings
  networks communications telecom telecoms telecommunications petroleum motor motors pharmaceuticals securities ferries
  insurance railways mining energy energi petrochemical petrochemicals chemical chemicals trading contracting
  electronics semiconductor semiconductors guild renewables industry
  gmbh ag sa nv bv spa oao ooo pjsc jsc kg srl sarl pty co asa ab oyj
`);

/** Head words that open a place name before "of" ("Kingdom of France", "Gulf of Aden"). */
export const LOC_OF_HEADS = set(
  'kingdom republic province state city gulf bay sea isle island islands strait straits emirate principality duchy county district region cape lake mount port',
);

/** Head words that open an organisation name before "of" ("Ministry of Foreign Affairs"). */
export const ORG_OF_HEADS = set(`
  ministry department office bureau council committee commission agency bank university institute
  court party union federation organization organisation league association academy college school
  board government army navy church chamber house secretariat directorate service embassy consulate
  mission delegation alliance coalition front movement authority fund foundation centre center corps
  society forces guard network patriarchate archdiocese diocese
`);

/** A capitalised phrase ending in one of these names a place ("… Autonomous Region"). */
export const LOC_HEADS = set(`
  region province oblast krai okrug district county prefecture governorate state territory
  municipality republic valley river mountains mountain mount range plateau desert sea ocean lake trough trench
  gulf bay strait island islands peninsula coast basin delta canal pass corridor highway road
  street avenue square bridge airport port harbour harbor border city town village base airbase airfield
  barracks hotel stadium arena superdome
`);

/** Words that open a place name ("Lake …", "Mount …"). */
export const LOC_OPENERS = set('lake mount mt cape gulf port fort sea bay isle strait');

/** Titles and roles that announce a person's name right after them. */
export const PERSON_TITLES = set(`
  president vice-president minister premier chancellor secretary spokesman spokeswoman spokesperson
  ambassador envoy governor mayor senator sen rep representative congressman congresswoman
  general gen lieutenant lt colonel col major maj captain capt commander cmdr admiral adm sergeant sgt
  marshal chief director chairman chairwoman chair ceo founder leader king queen prince princess
  emperor empress tsar tsarina czar kaiser sultan emir sheikh shaikh ayatollah imam pope cardinal bishop archbishop rabbi rev reverend
  father sister brother judge justice prosecutor attorney lawyer barrister dr doctor prof professor mr mrs ms
  miss mx sir dame lord lady baroness baron mullah mufti commissioner inspector officer detective sheriff constable
  deputy speaker chief-of-staff correspondent reporter analyst journalist author writer researcher
  economist expert activist coach striker defender midfielder goalkeeper
  billionaire tycoon magnate mogul entrepreneur candidate nominee
`);

/**
 * A party's adjective before a member's name ("Liberal Bruce Fanjoy", "Republican Susan Collins"),
 * or its member before the body they sit on ("the top Democrat on the Senate Armed Services Committee").
 */
export const PARTY_ADJECTIVES = set(
  'liberal conservative republican democrat democratic labour tory socialist communist',
);

/** Words inside a title phrase before the name ("Foreign Minister", "Prime Minister"). */
export const TITLE_MODIFIERS = set(`
  prime foreign defence defense interior finance deputy vice acting former first supreme chief
  general attorney state foreign-affairs home justice health education economy energy trade crown grand
  district circuit magistrate executive financial operating technology information investment commercial
  marketing managing senior press cabinet majority minority industry
`);

/**
 * Words that join the parts of a person's name in many languages: "Mohammed bin Salman", "Ursula
 * von der Leyen", "Lula da Silva", "Marine Le Pen", "Bashar al-Assad", "Bingu wa Mutharika". Lower
 * case inside a name, capitalised where they open a surname ("Le Pen said").
 */
export const NAME_PARTICLES = set(
  'bin ibn al el van von der den de da di du dos das la le y del della des do ter ten zu delos dela wa',
);

/** Lower-case words allowed inside a capitalised name ("Bank of England", "Ministry of …"). */
export const CONNECTORS = set('of for on and the de del du des la le al el bin ibn van von der den di da dos das y &');

/** Verbs of speech and thought that follow a person's name ("…, Rahmon said"). */
export const SPEECH_VERBS = set(
  'said says told added stated noted warned argued claimed wrote announced insisted explained',
);

/** Prepositions that usually precede a place ("in Dushanbe", "from Kabul"). */
export const PLACE_PREPOSITIONS = set('in at from near to into across toward towards outside inside via throughout');

/** Capitalised words that are never names on their own (pronouns, days, months, discourse words). */
export const NEVER_NAMES = set(`
  i monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr
  god covid-19 covid about
`);

/** Acronyms that name things, measures or roles, not organisations. */
export const COMMON_ACRONYMS = set(`
  CEO CFO CTO COO MP MPS PM AM TV PC ID DNA HIV AIDS COVID SARS GDP GNP VAT IT AI UAV UAVS IED IEDS
  OK FAQ PDF URL USB GPS SMS API CPU RPG AK NB PS ETA UTC GMT BC AD BCE CE USD EUR GBP RUB CNY JPY
  KM KG MW GW LNG LPG CCTV VIP VPN DIY HQ II III IV VI VII VIII IX XI XII XX NGO NGOS FY Q1 Q2 Q3 Q4
`);

/**
 * Abbreviations of field and situation reports that the tagger reads as bodies ("7 KIA and 12
 * WIA", "an ISR flight"): never a name, wherever the tagger puts one. Not in COMMON_ACRONYMS'
 * era and place-like short forms ("BC", "NB"), which a province can also be.
 */
export const REPORT_ABBREVIATIONS = set(`
  KIA WIA MIA POW POWS IDP IDPS UXO VBIED SVBIED QRF FOB HVT ISR HUMINT SIGINT OSINT IMINT GEOINT SITREP
  INTREP
`);

/** Heads of public bodies: after everyday words alone they still name one ("State Department", "Supreme Court"). */
export const INSTITUTION_HEADS = set(`
  ministry department court council assembly parliament senate congress commission committee agency army
  navy guard guards corps forces police government cabinet bank party movement organization organisation
  union alliance federation league front brigade brigades directorate secretariat tribunal authority
  bureau administration inspectorate regulator chamber forum association guild
`);

/**
 * Seats and chambers of government that news uses for the institution ("the Kremlin said").
 * Lower-case keys; matched on the whole capitalised phrase.
 */
export const INSTITUTION_NAMES: ReadonlySet<string> = new Set([
  'kremlin',
  'white house',
  'downing street',
  'élysée',
  'elysée',
  'elysee',
  'élysée palace',
  'elysee palace',
  'whitehall',
  "quai d'orsay",
  'zhongnanhai',
  'capitol hill',
  'bundestag',
  'bundesrat',
  'duma',
  'state duma',
  'knesset',
  'majlis',
  'rada',
  'verkhovna rada',
  'riksdag',
  'storting',
  'sejm',
  'folketing',
  'lok sabha',
  'rajya sabha',
  'oireachtas',
  'dáil',
  'dail',
  'dáil éireann',
  'dail eireann',
  'seanad',
  'althing',
  'congress',
  'senate',
  'house of commons',
  'house of lords',
  'house of representatives',
]);

/**
 * What is held in or taken from a name, opening a sentence before it: "Shares of Tesla", "Most
 * of Europe". Not part of the name.
 */
export const HELD_IN =
  /^(?:Shares|Stocks?|Bonds|Units|Most|Some|Many|All|Each|Both|Several|Members|Employees|Staff|Customers|Users|Investors|Clients|Residents|Citizens|Supporters|Critics)\s+(?:of|in|at|from)\s+(?=\p{Lu})/u;

/** A country or union written as its abbreviation, which opens some bodies' names ("U.S. Central Command", "U.S. Steel"). */
export const COUNTRY_ABBREVIATION = /^(?:U\.S\.|US|U\.K\.|UK|EU)$/;

/**
 * Bodies named for what they set out to do: "Committee to Protect Journalists", "Campaign to
 * Protect Rural England", "Coalition to Stop the Use of Child Soldiers" (runs.ts joins "to" in
 * such a name only between one of these heads and one of these verbs).
 */
export const PURPOSE_HEADS = set(`
  committee campaign coalition council movement alliance fund foundation society association league
  network initiative partnership centre center institute
`);
export const PURPOSE_VERBS = set(`
  protect stop end save defend combat fight free promote prevent abolish ban eliminate support restore
  preserve reform advance
`);

/** A company's legal suffix after its name ("Roblox Corp.", "Samsung Electronics Co. Ltd.", "Equinor ASA"), as a pattern's alternatives. */
export const LEGAL_SUFFIXES =
  'Corp|Corporation|Inc|Incorporated|Ltd|Limited|Co|Plc|PLC|LLC|AG|SE|NV|GmbH|ASA|AB|Oyj|SpA|KK|Bhd';
/** One of LEGAL_SUFFIXES as a word of its own: "Co", "Ltd.", "Inc.". */
export const LEGAL_SUFFIX_WORD = new RegExp(String.raw`^(?:${LEGAL_SUFFIXES})\.?$`);

/** Words for how a body stands to another: "Rival Roche", "Rivals Geely …", "Parent Alphabet". */
export const STANDING_WORDS = 'Rival|Rivals|Fellow|Compatriot|Teammate|Competitor|Peer|Parent';
/** Words for a body's trade: "Chipmaker Nvidia", "Lender Barclays", "Broadcaster David Attenborough". */
export const TRADE_WORDS =
  '\\p{Lu}\\p{Ll}+maker|Miner|Lender|Insurer|Retailer|Refiner|Shipper|Shipbuilder|Conglomerate|Startup|Regulator|Watchdog|Broadcaster';
/** One such word alone: never a name, nor part of the name it opens a sentence before. */
export const STANDING_OR_TRADE = new RegExp(`^(?:${STANDING_WORDS}|${TRADE_WORDS})$`, 'u');

/**
 * A faith describes what it stands before, it does not name it: "a Sikh temple" (place-noun.ts),
 * "the St. Louis-based Catholic nonprofit" (org-cue-before.ts, combine-model-spans.ts).
 */
export const FAITH = /^(?:Hindu|Sikh|Jain|Buddhist|Coptic|Shinto|Taoist|Sufi|Protestant|Anglican|Catholic|Orthodox)$/;
