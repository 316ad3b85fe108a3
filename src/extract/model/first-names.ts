// Common first names by gender, international, as data (lowercase). Used only for two guesses:
// which pronoun ("sie"/"she", "er"/"he") can refer to a person, and whether a place name that is
// also a first name ("Sofia Coppola", "Chad Smith") starts a person's name. Never facts.

const list = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/u));

export const FEMALE_FIRST_NAMES: ReadonlySet<string> = list(`
  anna maria marie sophie sofia sophia emma mia hannah hanna lena lea leonie laura julia katharina sarah sara
  lisa lara johanna clara klara charlotte helena elena ella emily olivia amelia isabella ava grace lily chloe
  jane mary elizabeth margaret susan patricia jennifer linda barbara karen nancy betty helen sandra donna
  ruth sharon michelle kimberly jessica amanda melissa deborah stephanie rebecca carol christine christina
  angela andrea petra sabine claudia monika ursula renate karin birgit susanne martina nicole stefanie
  annalena ricarda svenja franziska ines eva ilse gerda heike anke silke tanja katrin kerstin daniela
  olga irina natalia natalja tatiana tatjana svetlana swetlana ekaterina jekaterina yulia julija elena
  ludmila ljudmila galina valentina marina oksana larisa alla nadezhda anastasia daria darja ksenia xenia
  agnieszka katarzyna małgorzata malgorzata ewa magdalena zuzana jana lucie tereza
  giulia francesca chiara giorgia alessandra valeria isabel carmen lucia pilar rosa ana beatriz camila
  fernanda gabriela mariana juliana adriana ines catarina
  fatima aisha aicha amina mariam maryam leila layla zainab khadija nour yasmin yasmine samira
  mei li ying xia hui yan jing min ji-woo seo-yeon yuki yumi keiko sakura aiko haruka priya ananya aditi
  sunita lakshmi deepa kavita mercy grace faith joy blessing chiamaka ngozi amara wanjiru tigist
  kristalina ursula christine kamala hillary nancy giorgia georgia paris
  ingrid astrid sigrid kirsten mette freya linnea annika sanna marit liv
  luisa louisa luise paula greta frieda marlene antonia theresa amelie emilia josephine jasmin vanessa
  melanie simone anja britta dagmar gabriele jutta elke manuela nadine sabrina silvia verena yvonne
  christiane bettina cornelia janine katja sonja thandiwe lindiwe nomvula zanele
`);

export const MALE_FIRST_NAMES: ReadonlySet<string> = list(`
  alexander alexandr aleksandr andrei andrej andrey sergei sergej sergey vladimir wladimir dmitri dmitry
  ivan iwan mikhail michail nikolai nikolaj pavel pawel pyotr oleg igor yuri juri viktor boris konstantin
  maxim maksim anton roman denis alexei aleksei ilya ilja kassym-schomart kassym nursultan olschas olzhas
  michael thomas andreas stefan markus martin peter klaus hans jürgen juergen wolfgang frank uwe dieter
  karl friedrich heinrich olaf friedrich-wilhelm gerhard helmut horst günter guenter werner manfred
  christian sebastian tobias jan lukas leon paul felix jonas maximilian elias noah ben finn luca
  john james robert william richard david joseph charles christopher daniel matthew anthony mark donald
  steven paul andrew joshua kevin brian george edward ronald timothy jason jeffrey ryan jacob gary eric
  nicholas jonathan stephen larry justin scott brandon benjamin samuel gregory frank raymond patrick
  jack dennis jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy
  joe mike tom tim bob bill jim jake chad jordan milan
  jean pierre jacques françois francois emmanuel nicolas philippe michel louis antoine
  giuseppe giovanni marco luca matteo francesco alessandro antonio mario sergio carlos josé jose juan
  luis miguel pedro javier manuel rafael ramón ramon fernando diego andrés andres pablo marcelo lula
  mohammed muhammad mohamed ahmed ahmad ali hassan hussein omar khalid abdullah ibrahim youssef mustafa
  recep tayyip emre mehmet
  jinping wei jun hao ming jian hiroshi takeshi kenji shigeru fumio
  narendra rahul amit raj vijay arjun shehbaz imran cyril bola olusegun uhuru william samuel daniel
  kwame kofi abiy
  lukasz łukasz piotr tomasz krzysztof andrzej jakub pavel petr jiri jiří milos miloš zoran goran
  dragan aleksandar
  lars erik nils sven olof magnus henrik jens anders johan mats ulf bjorn björn
  harry victor oliver oscar hugo liam ethan kylian erling jude declan joachim satya sundar rishi keir
  dirk carsten hubert niklas moritz fabian florian dominik matthias christoph philipp marcel torsten jörg
  rainer bernd winfried hartmut volker armin hendrik sipho thabo bongani pieter willem
`);

/** The gender a first name suggests: 'f', 'm', or undefined when unknown or used for both. */
export function firstNameGender(lower: string): 'f' | 'm' | undefined {
  const female = FEMALE_FIRST_NAMES.has(lower);
  const male = MALE_FIRST_NAMES.has(lower);
  if (female === male) return undefined;
  return female ? 'f' : 'm';
}

/** A known first name of either gender. */
export function isFirstName(lower: string): boolean {
  return FEMALE_FIRST_NAMES.has(lower) || MALE_FIRST_NAMES.has(lower);
}
