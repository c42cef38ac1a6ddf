import type { RenderedContract, RenderedParty } from '../../../core/contract/templateRender';

/** One party's requisites and, if it signs, its signature line. */
function PartyBlock({
  party,
  contract,
}: {
  readonly party: RenderedParty;
  readonly contract: RenderedContract;
}) {
  return (
    <section className="contract-party" data-role={party.role}>
      <h3>{party.title}</h3>
      {party.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {party.note !== undefined && <p className="contract-consent">{party.note}</p>}
      {party.signer !== undefined && (
        <div className="contract-sign">
          <span className="contract-sign-line">{contract.signatureLabel}</span>
          <span>{party.signer === '' ? '/__________________/' : `/${party.signer}/`}</span>
          {party.role === 'provider' && (
            <span className="contract-stamp">{contract.stampLabel}</span>
          )}
        </div>
      )}
    </section>
  );
}

/**
 * One printed copy of the contract on one A4 sheet: its label (whose copy), the filled
 * template, the parties side by side, and the template version in the footer.
 */
export function ContractCopy({
  contract,
  copy,
}: {
  readonly contract: RenderedContract;
  readonly copy: string;
}) {
  return (
    <article
      className="a4 contract-copy"
      lang="ru"
      aria-label={`${contract.title} — ${copy}`}
      data-testid="contract-copy"
    >
      <p className="contract-copy-label">{copy}</p>
      <h1 className="contract-title">
        {contract.title}
        <small>{contract.subtitle}</small>
      </h1>
      <p className="contract-preamble">{contract.preamble}</p>
      {contract.clauses.map((clause) => (
        <section key={clause.heading} className="contract-clause">
          <h2>{clause.heading}</h2>
          {clause.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </section>
      ))}
      <h2 className="contract-parties-heading">{contract.partiesHeading}</h2>
      <div className="contract-parties">
        {contract.parties.map((party) => (
          <PartyBlock key={party.role} party={party} contract={contract} />
        ))}
      </div>
      <p className="contract-footer" data-testid="contract-template-version">
        {contract.footer} · {copy}
      </p>
    </article>
  );
}
