/**
 * The product's name, the same in every language (as Teams' and Outlook's are): not a
 * message to translate, so it is no catalogue's key, and messages that name it write it out.
 */
export const productName = 'Sociocracy for Teams';
