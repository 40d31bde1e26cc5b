/** Abbreviations after which a period does not end a sentence (lowercased, inner dots kept). */
export const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep rev hon pres supt insp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc inc ltd co corp dept est approx fig ' +
    'al e.g i.e u.s u.k u.n e.u a.m p.m d.c n.y l.a ' +
    // The abbreviations of US states news writes after a name or a town ("Sen. Jeff Flake, R-Ariz., said").
    'ala ariz ark calif colo conn fla ill kan mass mich minn neb nev okla ore tenn tex wash wis wyo'
  ).split(' '),
);
