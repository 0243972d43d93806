/** A name as typed or pasted, in one Unicode form and without surrounding spaces ("Mưa Đỏ" has two encodings). */
export const nfc = (value: string | null | undefined) => (value ?? '').normalize('NFC').trim()
