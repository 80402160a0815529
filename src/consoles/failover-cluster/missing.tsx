// What a cluster page shows when the lab has no such cluster (an old link, an evicted node).

export function Missing({ loaded, what }: { loaded: boolean; what: string }) {
  return <p className="p-4 text-sm text-muted">{loaded ? `There is no ${what} in this lab.` : 'Waiting for the lab…'}</p>;
}
