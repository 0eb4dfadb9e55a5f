/**
 * The words before a stamp that say what it is: the page's publication
 * ("Published", "Veröffentlicht am", "Créé:") or its update ("Updated",
 * "Mis à jour le"). One list for every rule that reads such a cue (a
 * dateline, a cued time of day, a meta line), so a language added here is
 * read everywhere.
 *
 * @module
 */

/** Cues of the publication. */
export const PUBLISHED_CUES: readonly string[] = [
  'first published', 'originally published', 'originally created', 'published', 'posted', 'created', 'written', 'online since',
  'veröffentlicht', 'veröffentlichung', 'erstveröffentlichung', 'publiziert', 'erschienen', 'erstellt', 'online seit',
  'publié', 'créé',
  'publicado', 'publicada', 'postado', 'pubblicato', 'pubblicata', 'gepubliceerd',
  'publicerad', 'publisert', 'publiceret', 'opublikowano',
  'birt', 'опубликовано', 'опубліковано', 'публикувано', 'publikováno', 'publikované', 'objavljeno', 'yayınlanma', 'yayınlandı',
  'publicat', 'julkaistu', 'avaldatud', 'δημοσιεύθηκε', 'δημοσίευση', 'diterbitkan', 'dipublikasikan'
]

/** Cues of an update. */
export const UPDATED_CUES: readonly string[] = [
  'last updated', 'updated', 'last modified', 'modified', 'last edited',
  'zuletzt aktualisiert', 'aktualisiert', 'zuletzt bearbeitet',
  'mis à jour', 'actualizado', 'actualizada', 'atualizado', 'atualizada', 'aggiornato', 'aggiornata', 'bijgewerkt',
  'uppdaterad', 'oppdatert', 'opdateret', 'zaktualizowano', 'aktualizacja',
  'uppfært', 'обновлено', 'оновлено', 'актуализирано', 'aktualizováno', 'aktualizované', 'ažurirano', 'posodobljeno',
  'son güncelleme', 'güncelleme', 'güncellendi', 'actualizat', 'päivitetty', 'uuendatud', 'ενημερώθηκε', 'ενημέρωση', 'diperbarui'
]

/**
 * Cues as the body of a regular expression group: longest first, so "last
 * updated" is taken whole before "updated". (The words hold letters and
 * spaces only: nothing to escape.)
 *
 * @param cues
 *   Cue words.
 * @returns
 *   Their alternation.
 */
export function cueAlternation(cues: readonly string[]): string {
  return [...cues].sort((a, b) => b.length - a.length).join('|')
}
