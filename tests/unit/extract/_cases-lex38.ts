/**
 * Labelled sentences of helper lex38 (session 38): trigger coverage of the frame lexicon, built
 * from news English rather than from the corpus. Rows added to lexicon/frames.json: "commit",
 * "contribute" and "rush" join the pledge row (goods must be arms or a named weapon), "mock" and
 * "reprimand" the accusing row, "dine" and "huddle" the talking row, and two phrasal rows of
 * judging ("took issue with"; "cast doubt on", "poured scorn on", "heaped praise on"); present
 * forms read as plural nouns after a name join the stage words presentTenseVerbs
 * (lexicon/stage-words.json; "Japan leases", "China reprimands", "Russia mocks"). Calls, welcomes,
 * rebukes and threats received are no goods (stage words nonSupplyObjects): "received a courtesy call from X" no longer
 * makes X a supplier; nor do blows, defeats, deadlines and ministers sent or handed ("delivered a
 * blow to Ukraine", "sent its foreign minister to Kyiv"), prisoners and the dead handed over and
 * civil rescuers sent ("handed over 90 prisoners to Ukraine": relations/supply.ts communicates
 * steps over the particle of a phrasal verb).
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a country that contributes named tanks to another supplies them",
    text: "Spain contributed six Leopard 2 tanks to Ukraine.",
    gives: [
      ["Spain", "supplies", "Ukraine"],
      ["Spain", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a country that contributes to another's rebuilding supplies nothing",
    text: "Japan contributed to the reconstruction of Ukraine, Prime Minister Fumio Kishida said.",
    notGives: [["Japan", "supplies", "Ukraine"]],
  },
  {
    label: "a country that commits named tanks to another supplies them",
    text: "The United States committed 31 Abrams tanks to Ukraine.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "Abrams"],
    ],
  },
  {
    label: "a country committed to another's security supplies nothing",
    text: "Germany remains committed to Ukraine's security, Chancellor Olaf Scholz said.",
    notGives: [["Germany", "supplies", "Ukraine"]],
  },
  {
    label: "a country that commits war crimes in another supplies nothing",
    text: "Russia committed war crimes in Ukraine, the United Nations said.",
    notGives: [["Russia", "supplies", "Ukraine"]],
  },
  {
    label: "a country that rushes named missiles to another supplies them",
    text: "The United States rushed Stinger missiles to Ukraine.",
    gives: [
      ["United States", "supplies", "Ukraine"],
      ["United States", "supplies", "Stinger"],
    ],
  },
  {
    label: "a country that may rush weapons to another is no supplier yet",
    text: "The United States may rush Stinger missiles to Israel.",
    hedged: [["United States", "supplies", "Israel", "possible"]],
  },
  {
    label: "a country that rushes to condemn another supplies it nothing",
    text: "Russia rushed to condemn Ukraine over the strike.",
    notGives: [["Russia", "supplies", "Ukraine"]],
  },
  {
    label: "a present-tense lease after a name supplies the aircraft",
    text: "Japan leases five TC-90 aircraft to the Philippines.",
    gives: [
      ["Japan", "supplies", "Philippines"],
      ["Japan", "supplies", "TC-90"],
    ],
  },
  {
    label: "a present-tense dispatch of named systems after a name supplies them",
    text: "Russia dispatches S-400 systems to Belarus.",
    gives: [
      ["Russia", "supplies", "Belarus"],
      ["Russia", "supplies", "S-400"],
    ],
  },
  {
    label: "a country that mocks another judges it",
    text: "Russia mocked Ukraine's offensive.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "a present-tense mock after a name judges its object",
    text: "Russia mocks NATO over the drills.",
    gives: [["Russia", "assesses", "NATO"]],
  },
  {
    label: "a country that reprimands another judges it, in the passive too",
    text: "Japan was reprimanded by China over the visit.",
    gives: [["China", "assesses", "Japan"]],
  },
  {
    label: "a present-tense reprimand after a name judges its object",
    text: "China reprimands Japan.",
    gives: [["China", "assesses", "Japan"]],
  },
  {
    label: "a country that takes issue with another's remarks judges it",
    text: "China took issue with Japan's remarks.",
    gives: [["China", "assesses", "Japan"]],
  },
  {
    label: "a country that takes part with another judges nothing",
    text: "China took part with Japan in the talks.",
    notGives: [["China", "assesses", "Japan"]],
  },
  {
    label: "a country that has cast doubt on another's claims judges it",
    text: "Russia has cast doubt on Ukraine's claims.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "a country that pours scorn on another's plan judges it",
    text: "Russia poured scorn on Ukraine's plan.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "a country that heaped praise on another judges it",
    text: "Iran heaped praise on Russia.",
    gives: [["Iran", "assesses", "Russia"]],
  },
  {
    label: "a country that faults another, present tense after its name, judges it",
    text: "Russia faults Ukraine for the failed talks.",
    gives: [["Russia", "assesses", "Ukraine"]],
  },
  {
    label: "a leader who dined with another met him",
    text: "Indian Prime Minister Narendra Modi dined with Japanese Prime Minister Fumio Kishida.",
    gives: [["Narendra Modi", "meets", "Fumio Kishida"]],
  },
  {
    label: "a leader who will dine with another has not met him yet",
    text: "Indian Prime Minister Narendra Modi will dine with Japanese Prime Minister Fumio Kishida.",
    hedged: [["Narendra Modi", "meets", "Fumio Kishida", "planned"]],
  },
  {
    label: "a leader who huddled with another met him",
    text: "Indian Prime Minister Narendra Modi huddled with Japanese Prime Minister Fumio Kishida.",
    gives: [["Narendra Modi", "meets", "Fumio Kishida"]],
  },
  {
    label: "a leader negotiating with a country on a purchase meets no alliance named as its modifier",
    text: "Serbian President Aleksandar Vucic is negotiating with the NATO country France on the purchase of 12 Rafale fighter jets.",
    notGives: [["Aleksandar Vucic", "meets", "NATO"]],
  },
  {
    label: "a minister who received a courtesy call from another met him and was supplied nothing",
    text: "Japan's Defence Minister Minoru Kihara received a courtesy call from Indian Defence Minister Rajnath Singh.",
    gives: [["Minoru Kihara", "meets", "Rajnath Singh"]],
    notGives: [
      ["Rajnath Singh", "supplies", "Japan"],
      ["India", "supplies", "Japan"],
    ],
  },
  {
    label: "a country that received a phone call from another was supplied nothing",
    text: "Japan received a phone call from India on Monday.",
    notGives: [["India", "supplies", "Japan"]],
  },
  {
    label: "a country that received a rebuke from another was judged, not supplied",
    text: "Japan received a rebuke from China over the visit.",
    gives: [["China", "assesses", "Japan"]],
    notGives: [["China", "supplies", "Japan"]],
  },
  {
    label: "a country that received threats from another was supplied nothing",
    text: "Japan received threats from China over the visit.",
    notGives: [["China", "supplies", "Japan"]],
  },
  {
    label: "a country that received a warm welcome from another was supplied nothing",
    text: "Japan received a warm welcome from India on its arrival.",
    notGives: [["India", "supplies", "Japan"]],
  },
  {
    label: "a country that received tanks from another is still supplied",
    text: "Ukraine received the first Leopard 2 tanks from Germany, Defence Minister Rustem Umerov said.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a country that delivered a blow to another supplied it nothing",
    text: "Russia delivered a blow to Ukraine near Kharkiv, the army said.",
    notGives: [["Russia", "supplies", "Ukraine"]],
  },
  {
    label: "a country that handed another a defeat supplied it nothing",
    text: "Ukraine handed Russia a defeat near Kharkiv.",
    notGives: [["Ukraine", "supplies", "Russia"]],
  },
  {
    label: "a country that gave another a deadline supplied it nothing",
    text: "Ukraine gave Russia a deadline to withdraw.",
    notGives: [["Ukraine", "supplies", "Russia"]],
  },
  {
    label: "a country that sent its foreign minister to another supplied it nothing",
    text: "Japan sent its foreign minister to Ukraine.",
    notGives: [["Japan", "supplies", "Ukraine"]],
  },
  {
    label: "a country that sent tanks to another after its minister spoke still supplies them",
    text: "Germany sent 14 Leopard 2 tanks to Ukraine, Defence Minister Boris Pistorius said.",
    gives: [
      ["Germany", "supplies", "Ukraine"],
      ["Germany", "supplies", "Leopard 2"],
    ],
  },
  {
    label: "a country that handed over prisoners to another supplied it nothing",
    text: "Russia handed over 90 prisoners to Ukraine on Friday.",
    notGives: [["Russia", "supplies", "Ukraine"]],
  },
  {
    label: "a country that handed over the bodies of soldiers to another supplied it nothing",
    text: "Russia handed over the bodies of 500 soldiers to Ukraine.",
    notGives: [["Russia", "supplies", "Ukraine"]],
  },
  {
    label: "a country that sent firefighters to another supplied it nothing",
    text: "Germany sent firefighters to Greece.",
    notGives: [["Germany", "supplies", "Greece"]],
  },
  {
    label: "a country that handed over patrol boats to another still supplies them",
    text: "Japan handed over two patrol boats to the Philippines.",
    gives: [["Japan", "supplies", "Philippines"]],
  },
];
