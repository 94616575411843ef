/**
 * Digital materials: the author's and the reviewer's lists, the edit page with uploads, the material's page with
 * its review steps, and the servlets that send a material's files and certificates as attachments.
 */
package kz.rudny.cabinet.web.materials;
