/** What a report says came of an event. Wording, not topic: these lists carry no names or subjects. */
export const AGREED =
  /\b(agreed|agree to|agrees|it has been agreed|vowed|vowing|pledged|reached (?:an? )?(?:deal|agreement|accord)|struck a deal|signed (?:an? )?(?:deal|agreement|accord)|(?:will|to) work (?:together|jointly))\b/i;
export const NOTHING_CAME =
  /\b(no (?:immediate |real |concrete )?(?:progress|deal|agreement|breakthrough|outcome)|did not (?:seem to )?(?:result in|produce|yield|agree)|failed to (?:reach|agree|produce|yield)|nothing (?:was )?(?:achieved|agreed|decided)|without (?:a deal|an agreement|agreement|progress)|(?:talks|negotiations) (?:stalled|collapsed|broke down))\b/i;
