/** Irregular forms of verbs common in news and their stem, so "spoke" matches "speaking". */
export const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    'spoke:speak spoken:speak told:tell met:meet won:win lost:lose fell:fall fallen:fall rose:rise risen:rise ' +
    'began:begin begun:begin took:take taken:take gave:give given:give came:come went:go gone:go made:make ' +
    'held:hold left:leave sent:send struck:strike shot:shoot fought:fight sought:seek brought:bring ' +
    'thought:think bought:buy caught:catch chose:choose chosen:choose drew:draw drawn:draw drove:drive ' +
    'driven:drive flew:fly flown:fly grew:grow grown:grow knew:know known:know led:lead paid:pay ran:run ' +
    'saw:see seen:see sold:sell stood:stand wrote:write written:write broke:break broken:break ' +
    'killed:kill died:die dead:die deaths:die death:die injured:injur wounded:wound arrested:arrest ' +
    'agreed:agre agreeing:agre agreement:agre agreements:agre'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);
