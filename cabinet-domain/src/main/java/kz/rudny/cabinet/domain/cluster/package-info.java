/**
 * State every instance of a cluster must share (who is signed in with which roles, the sign-in throttle's counts),
 * kept in the JCache (JSR 107) caches of the data grid Payara ships: Hazelcast, inside Payara Server (the domain's
 * and a deployment group's instances form one grid) and Payara Micro alike. Nothing of it is kept in a field of one
 * instance.
 */
package kz.rudny.cabinet.domain.cluster;
