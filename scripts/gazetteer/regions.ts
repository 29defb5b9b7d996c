/**
 * Places the country and city packages do not name: macro-regions, seas, mountain ranges and
 * disputed or historical areas that turn up in news and reporting.
 */
export const macroRegions: readonly string[] = [
  'Central Asia', 'South Asia', 'Southeast Asia', 'South-East Asia', 'East Asia', 'North Asia', 'West Asia',
  'Asia', 'Asia-Pacific', 'Indo-Pacific', 'Eurasia', 'Middle East', 'Near East', 'Far East',
  'Caucasus', 'North Caucasus', 'South Caucasus', 'Transcaucasia', 'Balkans', 'Western Balkans',
  'Europe', 'Eastern Europe', 'Western Europe', 'Central Europe', 'Northern Europe', 'Southern Europe',
  'Scandinavia', 'Baltics', 'Nordic countries', 'Africa', 'North Africa', 'West Africa', 'East Africa',
  'Central Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa', 'Sahel', 'Sahara', 'Maghreb',
  'Levant', 'Persian Gulf', 'Arabian Peninsula', 'Latin America', 'South America', 'North America',
  'Central America', 'Caribbean', 'Oceania', 'Antarctica', 'Arctic', 'Siberia', 'Kashmir', 'Punjab',
  'Kurdistan', 'Balochistan', 'Baluchistan', 'Pamir', 'Pamirs', 'Himalayas', 'Hindu Kush', 'Tibet',
  'Fergana Valley', 'Ferghana Valley', 'Wakhan Corridor', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights',
  'Donbas', 'Donbass', 'Crimea', 'Darfur', 'Kosovo', 'Transnistria', 'Abkhazia', 'South Ossetia',
  'Nagorno-Karabakh', 'Karabakh', 'Mediterranean', 'Black Sea', 'Caspian Sea', 'Red Sea', 'Baltic Sea',
  'North Sea', 'South China Sea', 'East China Sea', 'Sea of Azov', 'Aral Sea', 'Arabian Sea', 'Gulf of Aden',
  'Strait of Hormuz', 'Taiwan Strait', 'Bosphorus', 'Suez Canal', 'Panama Canal', 'Atlantic', 'Pacific',
  'Indian Ocean', 'Atlantic Ocean', 'Pacific Ocean', 'Arctic Ocean', 'Amu Darya', 'Syr Darya', 'Panj River',
  'Danube', 'Nile', 'Euphrates', 'Tigris', 'Mekong', 'Yangtze', 'Korean Peninsula', 'Sinai', 'Anatolia',
  'Silk Road', 'Xinjiang', 'Inner Mongolia', 'Hong Kong', 'Macau', 'Chechnya', 'Dagestan', 'Ingushetia',
];

/**
 * Demonyms and adjectives of nationality or ethnicity the data packages spell differently or
 * leave out. Used as word features and for "<demonym> Ministry of …" style organisation names.
 */
export const extraDemonyms: readonly string[] = [
  'British', 'English', 'Scottish', 'Welsh', 'Irish', 'Kurdish', 'Kurd', 'Kurds', 'Pashtun', 'Tajik', 'Tajiks',
  'Uzbek', 'Uzbeks', 'Kyrgyz', 'Kazakh', 'Kazakhs', 'Turkmen', 'Afghan', 'Afghans', 'Uyghur', 'Uyghurs',
  'Uighur', 'Uighurs', 'Arab', 'Arabs', 'Persian', 'Baloch', 'Hazara', 'Chechen', 'Tatar', 'Tibetan', 'Yemeni',
  'Sri Lankan', 'Azerbaijani', 'Azeri', 'Turkish', 'Iranian', 'Israeli', 'Palestinian', 'Syrian', 'Saudi',
  'Emirati', 'Pakistani', 'Indian', 'Chinese', 'Russian', 'Russians', 'American', 'Americans', 'Ukrainian',
  'Ukrainians', 'Belarusian', 'Georgian', 'Armenian', 'Mongolian', 'Korean', 'Japanese', 'Vietnamese',
  'Western', 'Soviet', 'Islamic', 'Muslim', 'Muslims', 'Christian', 'Christians', 'Jewish', 'Shia', 'Sunni',
  'Ismaili', 'Ismailis', 'Pamiri', 'Pamiris', 'European', 'Europeans', 'Asian', 'African', 'Latin American',
];
