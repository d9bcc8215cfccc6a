import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { languages } from '../../../texts/locales';
import { languageFilesOf, localisableTexts, translationProblems } from '../../../manifest/localisation';
import { localisationSchemaFile, localisationSchemaProblems } from '../../../manifest/validate';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'appPackage', 'manifest.json'), 'utf8')) as Record<string, unknown> & {
  manifestVersion: string;
};
const english = localisableTexts(manifest);
const translated = (file: string) => JSON.parse(readFileSync(join(root, 'appPackage', file), 'utf8')) as Record<string, string>;
const files = languageFilesOf(manifest);

// Each language's own words for sociocracy (texts/README.md), which its description must use.
const ownTerms: Record<string, readonly string[]> = {
  nl: ['kring', 'consent', 'overwegend bezwaar', 'gespreksleider'],
  de: ['Kreis', 'Konsent', 'schwerwiegender Einwand', 'Moderation'],
  fr: ['cercle', 'consentement', 'objection', 'animation'],
  es: ['círculo', 'consentimiento', 'objeción', 'facilitación'],
  pt: ['círculo', 'consentimento', 'objeção', 'facilitação'],
};

describe('the manifest in every language the app speaks', () => {
  it('names one language file for each language of texts/locales.ts besides English, the manifest’s own', () => {
    expect(manifest.localizationInfo).toMatchObject({ defaultLanguageTag: 'en' });
    expect(files.map((language) => language.languageTag)).toEqual(languages.filter((language) => language !== 'en'));
    expect(files.map((language) => language.file)).toEqual(['nl.json', 'de.json', 'fr.json', 'es.json', 'pt.json']);
  });

  it('translates the names, the descriptions, the Me tab, each command’s description and each activity-feed notice', () => {
    expect(Object.keys(english)).toHaveLength(4 + 1 + 17 + 12);
    expect(english['staticTabs[0].name']).toBe('Me');
    expect(english['activities.activityTypes[5].templateText']).toContain('{reason}');
    // The titles are the words the bot answers to, the same in every language.
    expect(Object.keys(english).filter((key) => key.endsWith('.title'))).toEqual([]);
  });

  it.each(files)('$file passes the official localisation schema of the manifest’s version, offline', ({ file }) => {
    expect(localisationSchemaFile(manifest.manifestVersion)).toContain('v1.30');
    expect(localisationSchemaProblems(file, translated(file), manifest.manifestVersion)).toEqual([]);
    expect(translated(file).$schema).toBe(
      'https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.Localization.schema.json',
    );
  });

  it.each(files)('$file carries every text the manifest translates, and nothing else, the notices naming the same parameters', ({
    file,
  }) => {
    expect(translationProblems(file, english, translated(file))).toEqual([]);
  });

  it.each(files)('$file speaks its own language: sociocracy’s terms in it, no English sentence left, typographic apostrophes', ({
    languageTag,
    file,
  }) => {
    const texts = translated(file);
    for (const term of ownTerms[languageTag] ?? ['(no terms)']) expect(texts['description.full']).toContain(term);
    // The app's name stays the product's name; every sentence of three words or more is translated.
    const untranslated = Object.keys(english).filter(
      (key) => key !== 'name.short' && (english[key] ?? '').split(' ').length >= 3 && texts[key] === english[key],
    );
    expect(untranslated).toEqual([]);
    expect(texts['name.short']).toBe(english['name.short']);
    expect(Object.values(texts).filter((text) => text.includes("'"))).toEqual([]);
  });

  it('finds a missing text, one the manifest does not have, an empty one, and a notice that drops a parameter', () => {
    const { 'name.full': _left, ...dutch } = translated('nl.json');
    const broken = {
      ...dutch,
      'description.short': ' ',
      'bots[0].commandLists[0].commands[0].title': 'status',
      'activities.activityTypes[0].templateText': 'Je antwoord wordt gevraagd in {circle}',
    };
    expect(translationProblems('nl.json', english, broken).sort()).toEqual([
      'nl.json: activities.activityTypes[0].templateText must name the parameters {circle}, {title}',
      'nl.json: bots[0].commandLists[0].commands[0].title is not a text the manifest has to translate',
      'nl.json: description.short is required',
      'nl.json: name.full is required',
    ]);
  });
});
