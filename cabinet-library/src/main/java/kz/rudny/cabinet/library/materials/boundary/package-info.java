/**
 * Teachers' digital materials, one boundary per use case: writing a draft with files and versions and submitting
 * it ({@code MaterialAuthoring}), reviewing it (approve and publish, or return with a comment:
 * {@code MaterialReview}), reading and deleting ({@code Materials}), and the read-only uses by the library's other
 * features ({@code PublishedMaterials}).
 *
 * <p>Also what the materials feature announces ({@code MaterialDeleted}, {@code DemoMaterialsLoaded}) and the two
 * facts it asks the features above it for without depending on them: the corners a material is placed in
 * ({@code Placements}, implemented by the corners) and its standing in the district ({@code DistrictStanding},
 * implemented by the exchange), with {@code MaterialStandingChanged} fired by them when either changes.
 */
package kz.rudny.cabinet.library.materials.boundary;
