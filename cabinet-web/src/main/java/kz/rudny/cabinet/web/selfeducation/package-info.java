/**
 * The pages of self-education: the caller's own topics with their stages and outcomes
 * ({@code mentoring/self-education.xhtml}), an association's topics and their progress for its head and the
 * methodologist ({@code mentoring/association-self-education.xhtml?association=}) and one topic read-only
 * ({@code mentoring/self-education-topic.xhtml?id=}).
 */
package kz.rudny.cabinet.web.selfeducation;
