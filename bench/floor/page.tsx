/** The framework's floor: what any App Router page of this build loads, with nothing of ours. */
export default function FloorPage() {
  return <p>A blank page.</p>
}
