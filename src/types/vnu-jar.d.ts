/** The `vnu-jar` package exports the path of the W3C Nu HTML Checker's jar file. */
declare module "vnu-jar" {
  const vnuJar: string;
  export default vnuJar;
}
