/**
 * The pages of attestation readiness: the caller's own standing, target, readiness checklist and portfolio
 * ({@code mentoring/attestation.xhtml}), the school's attestation schedule ({@code mentoring/school-attestation.xhtml})
 * and a colleague's portfolio read by the methodologist ({@code mentoring/portfolio.xhtml?staff=}), the district's
 * table of what each category requires ({@code district/category-requirements.xhtml}), the portfolio as PDF
 * ({@code /mentoring/portfolio-pdf?lang=kk|ru[&staff=]}) and an evidence's file ({@code /mentoring/evidence-file?id=}).
 */
package kz.rudny.cabinet.web.attestation;
