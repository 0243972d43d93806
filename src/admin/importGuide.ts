/**
 * The import panel's words in the admin's three languages: the column guide
 * (what to write in each column; the full rules are in src/import/format.ts)
 * and the panel's own lines.
 */
import type { Column } from '@/import/format'

export type AdminLanguage = 'en' | 'fr' | 'vi'

export const adminLanguage = (language: string): AdminLanguage =>
  language === 'fr' || language === 'vi' ? language : 'en'

type Words = Record<AdminLanguage, string>

export const COLUMN_GUIDE: { column: Column; required: boolean; words: Words }[] = [
  {
    column: 'film',
    required: true,
    words: {
      en: 'Film slug, or its exact original or English title',
      fr: 'Slug du film, ou son titre original ou anglais exact',
      vi: 'Slug của phim, hoặc đúng tên gốc hay tên tiếng Anh',
    },
  },
  {
    column: 'venue',
    required: true,
    words: { en: 'Venue slug or exact name', fr: 'Slug ou nom exact du lieu', vi: 'Slug hoặc đúng tên địa điểm' },
  },
  {
    column: 'room',
    required: false,
    words: {
      en: 'Room as the venue names it',
      fr: 'Salle, telle que le lieu la nomme',
      vi: 'Phòng chiếu, đúng tên của địa điểm',
    },
  },
  {
    column: 'date',
    required: true,
    words: {
      en: 'YYYY-MM-DD, Paris day (2025-12-13)',
      fr: 'AAAA-MM-JJ, jour à Paris (2025-12-13)',
      vi: 'YYYY-MM-DD, ngày theo giờ Paris (2025-12-13)',
    },
  },
  {
    column: 'time',
    required: true,
    words: {
      en: 'HH:MM, 24 h, Paris time (20:30)',
      fr: 'HH:MM, sur 24 h, heure de Paris (20:30)',
      vi: 'HH:MM, 24 giờ, giờ Paris (20:30)',
    },
  },
  {
    column: 'end_time',
    required: false,
    words: {
      en: 'HH:MM; empty: the film’s runtime',
      fr: 'HH:MM ; vide : la durée du film',
      vi: 'HH:MM; để trống: theo thời lượng phim',
    },
  },
  {
    column: 'version',
    required: false,
    words: {
      en: 'original, dubbed, VO, VOSTFR, VF, Phụ đề, Lồng tiếng…',
      fr: 'original, dubbed, VO, VOSTFR, VF, Phụ đề, Lồng tiếng…',
      vi: 'original, dubbed, VO, VOSTFR, VF, Phụ đề, Lồng tiếng…',
    },
  },
  {
    column: 'audio_language',
    required: false,
    words: {
      en: 'Language code: vi fr en de es',
      fr: 'Code de langue : vi fr en de es',
      vi: 'Mã ngôn ngữ: vi fr en de es',
    },
  },
  {
    column: 'subtitles',
    required: false,
    words: {
      en: 'Language codes, separated by spaces (fr en)',
      fr: 'Codes de langue séparés par des espaces (fr en)',
      vi: 'Các mã ngôn ngữ, cách nhau bằng dấu cách (fr en)',
    },
  },
  {
    column: 'sdh',
    required: false,
    words: {
      en: 'Subtitles for the deaf: yes or no',
      fr: 'Sous-titres sourds et malentendants : yes ou no',
      vi: 'Phụ đề cho người khiếm thính: yes hoặc no',
    },
  },
  {
    column: 'audio_description',
    required: false,
    words: {
      en: 'Audio description: yes or no',
      fr: 'Audiodescription : yes ou no',
      vi: 'Mô tả bằng âm thanh: yes hoặc no',
    },
  },
  {
    column: 'step_free',
    required: false,
    words: {
      en: 'Step-free access: yes or no',
      fr: 'Accès de plain-pied : yes ou no',
      vi: 'Lối vào không bậc thang: yes hoặc no',
    },
  },
  {
    column: 'labels',
    required: false,
    words: {
      en: 'world-premiere, closing-night…, separated by spaces',
      fr: 'world-premiere, closing-night…, séparés par des espaces',
      vi: 'world-premiere, closing-night…, cách nhau bằng dấu cách',
    },
  },
  {
    column: 'ticket_url',
    required: false,
    words: {
      en: 'Full web address of the ticket page (https://…)',
      fr: 'Adresse complète de la billetterie (https://…)',
      vi: 'Địa chỉ đầy đủ trang bán vé (https://…)',
    },
  },
  {
    column: 'status',
    required: false,
    words: {
      en: 'scheduled (default), sold-out or cancelled',
      fr: 'scheduled (par défaut), sold-out ou cancelled',
      vi: 'scheduled (mặc định), sold-out hoặc cancelled',
    },
  },
  {
    column: 'edition',
    required: false,
    words: {
      en: 'Edition slug; empty: the current edition',
      fr: 'Slug de l’édition ; vide : l’édition en cours',
      vi: 'Slug của kỳ liên hoan; để trống: kỳ hiện tại',
    },
  },
]

export const IMPORT_WORDS = {
  template: { en: 'Download a template', fr: 'Télécharger un modèle', vi: 'Tải tệp mẫu' },
  comma: { en: 'with commas', fr: 'avec des virgules', vi: 'phân cách bằng dấu phẩy' },
  semicolon: {
    en: 'with semicolons (French Excel)',
    fr: 'avec des points-virgules (Excel en français)',
    vi: 'phân cách bằng dấu chấm phẩy (Excel tiếng Pháp)',
  },
  templateNote: {
    en: 'A header row and one example screening: replace the example, keep the header.',
    fr: 'Une ligne d’en-tête et une séance d’exemple : remplacez l’exemple, gardez l’en-tête.',
    vi: 'Một dòng tiêu đề và một suất chiếu mẫu: thay dòng mẫu, giữ dòng tiêu đề.',
  },
  guide: { en: 'Column guide', fr: 'Guide des colonnes', vi: 'Hướng dẫn các cột' },
  column: { en: 'Column', fr: 'Colonne', vi: 'Cột' },
  required: { en: 'Required', fr: 'Obligatoire', vi: 'Bắt buộc' },
  what: { en: 'What to write', fr: 'Quoi écrire', vi: 'Cách ghi' },
  yes: { en: 'yes', fr: 'oui', vi: 'có' },
  no: { en: 'no', fr: 'non', vi: 'không' },
  guideNote: {
    en: 'Column names are case-insensitive; leave a column out to keep what existing screenings have. UTF-8 only (in Excel: “CSV UTF-8”).',
    fr: 'Les noms de colonnes ignorent la casse ; omettez une colonne pour garder ce que les séances existantes ont. UTF-8 uniquement (dans Excel : « CSV UTF-8 »).',
    vi: 'Tên cột không phân biệt hoa thường; bỏ một cột để giữ nguyên giá trị của các suất chiếu đã có. Chỉ dùng UTF-8 (trong Excel: “CSV UTF-8”).',
  },
} satisfies Record<string, Words>
