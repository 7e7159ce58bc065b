/** Small closed word lists used to compare points; data, not logic. */

/** Words that change nothing about a point's content. */
export const STOPWORDS = new Set(
  `a an the and or but of to in on at for with by from as into about than then
  is are was were be been being am it its it's this that these those there their theirs
  i i'm i've i'd we we're we've our ours you you're your yours they they're them he she his her him me my us
  do does did doing have has had having get got getting
  such due because since which who whom whose if here would i'd we'd you'd they'd`.split(/\s+/),
);

/** Agreement and emphasis that people add when repeating a point. */
export const FILLERS = new Set(
  `agree agreed agreeing totally really so just very yes yeah yep definitely absolutely completely
  indeed exactly quite actually basically literally honestly lol ok okay well also too same here
  strongly fully true plus wow ooh haha`.split(/\s+/),
);

/** Words that flip a statement: points that differ in these never merge. */
export const NEGATIONS = new Set(
  `not no never none nobody nothing neither nor cannot without can't don't doesn't didn't isn't
  aren't wasn't weren't won't wouldn't shouldn't couldn't mustn't haven't hasn't hadn't`.split(/\s+/),
);
