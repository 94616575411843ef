/**
 * The pages of the courses of continuous professional development: the caller's own courses and standing with the
 * course rule ({@code mentoring/courses.xhtml}), the school's schedule of the rule and its courses to confirm
 * ({@code mentoring/school-courses.xhtml}, the methodologist's) and a certificate's scan as a download
 * ({@code /mentoring/course-certificate?id=}).
 */
package kz.rudny.cabinet.web.courses;
