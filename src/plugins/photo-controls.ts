/**
 * The buttons of a photo, their labels alone on a line where a scraper kept
 * them: "Bild vergrößern", "Enlarge image", "사진 확대", "Развернуть на весь
 * экран". They are page furniture (in the table of `furniture-phrases.ts`,
 * for text and HTML), and in scraped text they say where a photo stood: the line under
 * an enlarge button is the photo's caption (`extractCaptions`), as a
 * photo's caption sits under its picture.
 *
 * Only the labels that name the photo or its enlarging open a caption: a
 * bare "Zoom", "Expand" or "Vollbild" also stands above a menu or a
 * product's name, and is furniture only.
 *
 * @module
 */
import {fold} from '../util/text.js'

/** The enlarge button of one photo, in the languages of the corpora and the big ones beside them. */
const ENLARGE_LABELS: readonly string[] = [
  'enlarge',
  'enlarge image',
  'enlarge photo',
  'enlarge picture',
  'enlarge this image',
  'click to enlarge',
  'tap to enlarge',
  'view larger image',
  'expand image',
  'bild vergrößern',
  'foto vergrößern',
  'vergrößern',
  'zum vergrößern klicken',
  'agrandir',
  'agrandir l’image',
  'agrandir la photo',
  'cliquer pour agrandir',
  'ampliar imagen',
  'ampliar foto',
  'ampliar imagem',
  'ingrandisci',
  'ingrandisci immagine',
  'ingrandisci l’immagine',
  'afbeelding vergroten',
  'vergroot afbeelding',
  'powiększ zdjęcie',
  'förstora bilden',
  'forstørr bildet',
  'forstør billedet',
  'suurenna kuva',
  'увеличить фото',
  'увеличить изображение',
  '사진 확대',
  '사진 확대보기',
  '이미지 확대',
  '이미지 확대보기',
  '写真を拡大',
  '画像を拡大',
  '查看大图',
  '点击查看大图',
  '點擊查看大圖'
]

/** A gallery's or a player's full-screen toggle: furniture, but no sign of a caption (it also stands above menus). */
const FULL_SCREEN_LABELS: readonly string[] = [
  'full screen',
  'fullscreen',
  'enter full screen',
  'exit full screen',
  'vollbild',
  'vollbildmodus',
  'vollbild beenden',
  'plein écran',
  'pantalla completa',
  'schermo intero',
  'развернуть на весь экран',
  'выйти из полноэкранного режима',
  '전체화면'
]

/** A gallery's counter: "Bild 3 von 10", "Photo 2 of 8", "Image 4/12" (folded). */
export const GALLERY_COUNTER = /^(?:bild|foto|image|photo|picture|slide|imagen|immagine|zdjęcie|фото) \d{1,3} ?(?:von|of|de|sur|di|z|из|\/) ?\d{1,3}$/u

/** The enlarge labels, folded as lines are (`foldLine`). */
const ENLARGE = new Set(ENLARGE_LABELS.map((label) => fold(label)))

/** All photo controls, folded. */
const CONTROLS = new Set([...ENLARGE, ...FULL_SCREEN_LABELS.map((label) => fold(label))])

/** Every photo control, folded: phrases of the furniture table. */
export const PHOTO_CONTROL_PHRASES: readonly string[] = [...CONTROLS]

/**
 * Whether a folded line is a photo's enlarge button: the line under it is the photo's caption.
 *
 * @param folded
 *   A folded line.
 * @returns
 *   `true` when it is.
 */
export function isEnlargeLabel(folded: string): boolean {
  return ENLARGE.has(folded)
}

/**
 * Whether a folded line is any button of a photo (enlarge, full screen).
 *
 * @param folded
 *   A folded line.
 * @returns
 *   `true` when it is.
 */
export function isPhotoControl(folded: string): boolean {
  return CONTROLS.has(folded)
}
