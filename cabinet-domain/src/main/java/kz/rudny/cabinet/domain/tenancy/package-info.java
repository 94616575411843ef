/**
 * The one place where a school's data is separated from every other school's.
 *
 * <p>School-scoped entities carry EclipseLink's {@code @Multitenant} discriminator column
 * {@code SCHOOL_ID}. {@link kz.rudny.cabinet.domain.tenancy.Tenancy#schoolData()} hands out the
 * transaction's EntityManager with the tenant set to the signed-in person's school; the request can never
 * choose it. Without a school, EclipseLink refuses every query on a school-scoped entity (fail closed).
 */
package kz.rudny.cabinet.domain.tenancy;
