type Json = Record<string, unknown>;

const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const field = (value: unknown, key: string): unknown => (value && typeof value === 'object' ? (value as Json)[key] : undefined);

/** The languages the manifest's `localizationInfo` names, each with its file in appPackage/. */
export function languageFilesOf(manifest: Json): { languageTag: string; file: string }[] {
  return list(field(manifest.localizationInfo, 'additionalLanguages')).flatMap((language) =>
    typeof language.languageTag === 'string' && typeof language.file === 'string'
      ? [{ languageTag: language.languageTag, file: language.file }]
      : [],
  );
}

/**
 * What a language file translates, by the localisation schema's key (`bots[0].commandLists[1].commands[2].description`),
 * with the English words. Command titles are left out: they are the words the bot answers to
 * (functions/bot/command-words.ts), and a translated title would send the bot a word it does not know.
 */
export function localisableTexts(manifest: Json): Record<string, string> {
  const texts: Record<string, string> = {};
  const put = (key: string, value: unknown) => {
    if (typeof value === 'string') texts[key] = value;
  };
  for (const part of ['name', 'description'] as const) {
    for (const length of ['short', 'full'] as const) put(`${part}.${length}`, field(manifest[part], length));
  }
  for (const [i, tab] of list(manifest.staticTabs).entries()) put(`staticTabs[${i}].name`, tab.name);
  for (const [i, commandList] of list(field(list(manifest.bots)[0], 'commandLists')).entries()) {
    for (const [j, command] of list(commandList.commands).entries()) {
      put(`bots[0].commandLists[${i}].commands[${j}].description`, command.description);
    }
  }
  for (const [i, activity] of list(field(manifest.activities, 'activityTypes')).entries()) {
    put(`activities.activityTypes[${i}].description`, activity.description);
    put(`activities.activityTypes[${i}].templateText`, activity.templateText);
  }
  return texts;
}

const parametersOf = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/**
 * What keeps a language file from standing in for the English: a text it lacks or one the app does not
 * translate, an empty one, and an activity template that names other parameters than the English
 * (Graph fills `{title}` and `{circle}` by name, whatever the language). Sentences read as the schema's do, so the same
 * fault found twice is said once.
 */
export function translationProblems(file: string, english: Record<string, string>, translated: Json): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(english)) {
    const text = translated[key];
    if (typeof text !== 'string' || text.trim() === '') problems.push(`${file}: ${key} is required`);
    else if (key.endsWith('.templateText') && parametersOf(text).join() !== parametersOf(english[key] ?? '').join()) {
      problems.push(
        `${file}: ${key} must name the parameters ${parametersOf(english[key] ?? '')
          .map((name) => `{${name}}`)
          .join(', ')}`,
      );
    }
  }
  for (const key of Object.keys(translated)) {
    if (key !== '$schema' && !(key in english)) problems.push(`${file}: ${key} is not a text the manifest has to translate`);
  }
  return problems;
}
