/**
 * An e-mail address that, when its column is too narrow, breaks before the @ rather than in the
 * middle of a word. The text is unchanged: the break is a <wbr>, which adds no characters.
 */
export function EmailAddress({ address }: { address: string }) {
  const at = address.lastIndexOf('@');
  if (at <= 0) return address;
  return (
    <>
      {address.slice(0, at)}
      <wbr />
      {address.slice(at)}
    </>
  );
}
