/**
 * Teachers' digital materials: writing a draft with files and versions, review (submit, approve and publish,
 * return with a comment), deletion, and the read-only uses by the library's other features ({@code
 * PublishedMaterials}). Also what the materials feature announces ({@code MaterialDeleted}, {@code
 * DemoMaterialsLoaded}) and the two things it asks the features above it without depending on them: the corners
 * a material is placed in ({@code Placements}) and its standing in the district ({@code DistrictStanding}), with
 * {@code MaterialStandingChanged} when either changes.
 */
package kz.rudny.cabinet.library.materials.boundary;
