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
  // International (round 5b): English, Dutch, Scandinavian, Spanish/Portuguese, Italian, French, Japanese,
  // Korean, Chinese given names, Turkish/Persian/Arabic, African, Indian. Not here: given names that are also
  // places, companies or common words (see the note at the end of the file).
 tilda julianne meryl scarlett natalie cate kate keira reese angelina halle charlize gwyneth kristen zendaya margot
 saoirse billie taylor selena ariana beyonce rihanna adele shakira gigi kendall kylie kourtney khloe oprah ellen
 serena naomi simona iga aryna coco sloane garbine caroline angelique elina belinda jelena steffi alexandra catherine
 katherine kathryn kathleen rachel megan meghan hayley lauren ashley samantha danielle tiffany courtney erin allison
 alison abigail hailey mackenzie madeline natasha nina tessa vivian vivienne yvette zoe zoey audrey eleanor evelyn
 harriet imogen isla jessie joanna jocelyn judith judy kirsty lorna lucy maisie marion nadia nora norah philippa
 penelope priscilla rosalind roxanne shirley siobhan sinead stella sylvia tracey wendy whitney yolanda louise
 jacqueline jacinda liz lizzie segolene anne annie anneke femke sanne lotte fleur marieke eline maaike inge noor
 lieke esther kaja frida maja ebba elsa solveig ingeborg kari ragnhild hilde tove birgitta gunilla katarina pernille
 helle signe sofie camilla cecilia kristina kristin malin ximena paola alejandra lorena marisol guadalupe rocio
 montserrat nuria begona marta raquel cristina elisa alicia irene leonor joana mafalda teresa graca conceicao alessia
 federica ilaria elisabetta beatrice roberta donatella cinzia giovanna giuseppina loredana aurelie brigitte celine
 chantal claire delphine elodie emilie helene isabelle juliette laure laurence manon mathilde nathalie pauline
 sandrine sylvie valerie veronique anne-marie yuko yoko yui rina miki mayu sayaka ayumi misaki hana aya chie emiko
 kaori kumiko michiko noriko tomoko sanae yuriko ji-yeon min-ji soo-jin hye-jin eun-ji ji-hye yoon-ah jisoo jennie
 xiaoming lili qing jie xiu fatma zeynep ayse elif esra merve ozlem hatice emine shirin leyla nasrin azadeh
 golnar parisa narges amal salma hala rania dina lina huda noura rasha reem chimamanda folake funmilayo adaeze chioma
 ifeoma nneka oluwaseun yewande abena akosua ama esi adwoa wanjiku wangari nyokabi achieng akinyi fatou aminata awa
 mariama khady anjali pooja neha shreya divya kavya meera nirmala sonia smriti mamata indira aishwarya deepika
 frances jean nicola sasha alexis jordan
  céline hélène élodie émilie aurélie valérie véronique ségolène beyoncé garbiñe begoña rocío graça conceição özlem ayşe
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
  // International (round 5b), as for the female names.
  brad matt leonardo johnny keanu denzel harrison clint sean hugh russell joaquin colin eddie ewan gerard idris jared
  ralph timothee cillian benedict chris dwayne vin arnold bruce quentin francis ridley wes  alfred lionel
  cristiano neymar sadio virgil leroy serge luka toni karim gareth wayne didier thierry zinedine ronaldo ronaldinho
  kaka xavi carles iker pep jurgen carlo zlatan romelu thibaut alphonso matthijs frenkie dusan federico lautaro paulo
  rodrigo vinicius rodrygo jamal ilkay niclas timo marc andre kingsley dayot jeremie raphael novak roger andy stan
  dominic daniil stefanos casper jannik holger taylor frances lewis max valtteri lando esteban yuki nico mick kimi
  joost bas bram ruud rutger wouter maarten sjoerd niels daan thijs luuk koen stijn jeroen jasper jelle henk gerrit
  frits arjen wesley klaas geert rasmus mikkel soren frederik mads christoffer gustav oskar ola petter haakon sigurd
  ingvar torbjorn stig jens-christian alejandro mateo emiliano gonzalo alvaro jorge ignacio raul enrique alberto
  ricardo eduardo guillermo hector arturo emilio felipe gustavo mauricio julio cesar ernesto jaime inigo xabi unai
  joao goncalo tiago rui nuno bruno duarte vasco fabio giorgio lorenzo davide simone riccardo stefano roberto fabrizio
  massimo enrico silvio paolo pietro vincenzo gianluca gianluigi gianni mauro claudio maurizio luigi mattia alessio
  jean-luc jean-pierre jean-claude jean-marie francois-xavier olivier laurent bernard alain yves herve christophe
  sebastien jerome guillaume arnaud mathieu benoit julien xavier gabriel jean-yves akio koji shinzo yoshihide taro
  hiroki haruki kazuo masayoshi yoshio akira hideo hayao takashi satoshi tadashi tetsuya yuji yusuke daisuke kenta
  shota shohei ichiro ryota kaoru noboru osamu jae-in suk-yeol jae-myung ji-hoon min-ho hyun-woo jung-eun seung-hoon
  sung-min heung-min dong-hyun jae-yong kwang-mo jung-ho tae-yang keqiang qiang hua tao chao xiaoping zemin jintao
  jiaxuan huning zhongwen wenjun yiming yuhang zhiwei zhiqiang xiaodong hakan kemal ahmet osman burak murat cem kerem
  ozan serkan volkan onur mesut ebrahim javad mahmoud hossein reza mohammad ali-reza abbas masoud kazem saeed abdel
  abdul aziz fahd faisal hamad hamid khaled mahmud majid nasser rashid salim salman samir tamim talal walid yasser
  bashar haider nouri nabil hisham tarek kgalema julius raila yoweri  muhammadu atiku goodluck nana john-dramani
  emmerson hage alassane macky ousmane mamadou moussa cheikh yaya kolo sekou boubacar ibrahima abdoulaye seydou
  manmohan arvind nitish sanjay suresh ramesh rajesh mukesh anil ratan gautam sachin virat rohit mahendra sourav sunil
  kapil shashi piyush  subrahmanyam vivek ashok prakash anand venkat shantanu ajay azim nandan andrea
  nicola sasha alexis
  joão gonçalo raúl álvaro iñigo andré sébastien jérôme benoît hervé éric timothée dušan søren bjørn torbjørn
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

// Left out on purpose (round 5b): names that are also places ("Florence", "Victoria", "Carolina", "Santiago",
// "Madison", "Brittany", "Orlando", "Memphis", "Eden", "Hong"), companies ("Morgan" of Morgan Stanley, "Yara",
// "Stanley"), German or English words ("Kai" quay, "Per" per, "Sylvester" New Year's Eve, "Lady", "Venus",
// "Heather", "Amber", "Molly", "Phoebe", "Sheila", "Marine", "Rose", "Angel", "Robin", "Will", "May"), Chinese and
// Korean family names that come first (family-names.ts: "Xi", "Yang", "Sun", "Ma", "Kim"), two-letter syllables.
