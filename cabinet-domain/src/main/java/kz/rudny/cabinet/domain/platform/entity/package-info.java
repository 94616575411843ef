/** The platform's own table: the leases and last runs of scheduled work (once per cluster). */
package kz.rudny.cabinet.domain.platform.entity;
