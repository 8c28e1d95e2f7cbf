import { Fragment } from 'react';

/**
 * A domain name that, when its column is too narrow, breaks before a dot
 * (`baikonuranalytics` / `.onmicrosoft` / `.com`) rather than running into the next column. The
 * text is unchanged: each break is a <wbr>, which adds no characters.
 */
export function DomainName({ name }: { name: string }) {
  const [first = '', ...rest] = name.split('.');
  return (
    <>
      {first}
      {rest.map((label, index) => (
        <Fragment key={index}>
          <wbr />
          {`.${label}`}
        </Fragment>
      ))}
    </>
  );
}
