/**
 * Labelled sentences of helper sup35 (session 35): goods a later sentence names
 * (relations/identified-goods.ts). A deal told with goods of a kind but no model is identified by
 * a later definite subject naming a model of that kind for the first time; a second supplier told
 * in between, goods of another kind, goods told as others ("the older …") or a deal that named its
 * model already give nothing, and a planned deal's goods stay planned. Contents of goods
 * (relations/contents.ts): the deal's goods named again as the subject of a verb of inclusion ("The
 * equipment included …"), and "It includes …" after a sentence that only speaks of the deal's goods.
 * A giver told after a receipt (relations/receipt-back.ts giverAhead): "Fiji received two patrol
 * boats. Australia donated the boats." names the receipt's supplier; a giver to another recipient, a
 * possible gift or other goods give nothing. A receipt or purchase under a deal signed just before
 * with a partner (relations/signed-partners.ts): "Greece signed a contract with Dassault Aviation.
 * Under the deal, Greece will receive six Rafale jets." takes the partner as its seller.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a model named by a later definite subject is the goods of the deal told before",
    text: "The United States donated patrol boats to Jamaica on Monday. The boats will patrol the south coast. The two Defender-class interceptor vessels can exceed speeds of 40 knots.",
    gives: [
      ["United States", "supplies", "Jamaica"],
      ["United States", "supplies", "Defender-class"],
    ],
  },
  {
    label: "a model named in a quotation after a gift of a craft is the gift",
    text: "The Bahamas Defence Force received a new patrol craft as a gift from the United States on Tuesday. The ambassador spoke at the ceremony. “The 25-ft Safe Response Boat is suited for coastal patrol missions.”",
    gives: [["United States", "supplies", "Safe Response Boat"]],
  },
  {
    label: "a second supplier told between the deal and the naming subject: the model is no one's",
    text: "The United States donated patrol boats to Jamaica on Monday. France sold two patrol vessels to Jamaica in 2019. The two Defender-class boats can exceed speeds of 40 knots.",
    notGives: [
      ["United States", "supplies", "Defender-class"],
      ["France", "supplies", "Defender-class"],
    ],
  },
  {
    label: "goods told as older ones are not the deal's goods",
    text: "Japan donated patrol boats to Vietnam on Monday. The boats will patrol the coast. The older Defender-class boats of the coast guard were retired in 2010.",
    notGives: [["Japan", "supplies", "Defender-class"]],
  },
  {
    label: "a model of another kind than the deal's goods is not its goods",
    text: "Japan donated two patrol boats to Vietnam on Monday. The boats arrived in Haiphong. The Mi-17 helicopters of the air force flew over the port.",
    notGives: [["Japan", "supplies", "Mi-17"]],
  },
  {
    label: "a deal that named its model already: a later model is other goods",
    text: "Canada donated two Kingston-class vessels to Ghana in May. The vessels arrived in Tema. The two Damen-class boats of the navy escorted them.",
    notGives: [["Canada", "supplies", "Damen-class"]],
  },
  {
    label: "the model of a planned deal's goods stays planned",
    text: "Japan plans to supply patrol vessels to the Philippines. The vessels would be built in Yokohama. The ten Parola-class vessels will patrol the South China Sea.",
    hedged: [["Japan", "supplies", "Parola-class", "planned"]],
  },
  {
    label: "the deal's goods named again as the subject of a verb of inclusion give its contents",
    text: "China donated military equipment to Cambodia on Monday. The equipment included 10 Type 59 tanks.",
    gives: [["China", "supplies", "Type 59"]],
  },
  {
    label: "goods the deal's sentence does not name are not its contents",
    text: "Russia sold helicopters to Mali in May. The vehicles included T-55 tanks.",
    notGives: [["Russia", "supplies", "T-55"]],
  },
  {
    label: "goods of another owner are not the deal's contents",
    text: "Russia sold weapons to Mali in May. The weapons of the Malian army include T-55 tanks.",
    notGives: [["Russia", "supplies", "T-55"]],
  },
  {
    label: "'It includes' after a sentence that only speaks of the deal's goods gives its contents",
    text: "Russia transferred military hardware to Tajikistan on Tuesday. The ceremony took place in Dushanbe. A new batch of hardware was presented at the Gissar aerodrome. It includes BRDM-2M armored vehicles.",
    gives: [["Russia", "supplies", "BRDM-2M"]],
  },
  {
    label: "'It includes' after a sentence about another body's goods gives no contents",
    text: "Russia transferred military hardware to Tajikistan on Tuesday. The ceremony took place in Dushanbe. The hardware of the Chinese army is old. It includes BRDM-2M armored vehicles.",
    notGives: [["Russia", "supplies", "BRDM-2M"]],
  },
  {
    label: "a giver of the goods told just after a receipt is its supplier",
    text: "Fiji received two Guardian-class patrol boats on Thursday. Australia donated the boats in January.",
    gives: [
      ["Australia", "supplies", "Fiji"],
      ["Australia", "supplies", "Guardian-class"],
    ],
  },
  {
    label: "a giver of the goods to another recipient is not the receipt's supplier",
    text: "Fiji received two patrol boats on Thursday. Australia donated the boats to Tonga in January.",
    notGives: [["Australia", "supplies", "Fiji"]],
  },
  {
    label: "a gift that may happen after a receipt names no supplier",
    text: "Fiji received two patrol boats on Thursday. Australia may donate the boats in January.",
    notGives: [["Australia", "supplies", "Fiji"]],
  },
  {
    label: "a giver of other goods after a receipt is not its supplier",
    text: "Fiji received two patrol boats on Thursday. Australia donated the trucks in January.",
    notGives: [["Australia", "supplies", "Fiji"]],
  },
  {
    label: "a receipt under a deal signed just before takes the deal's partner as its seller",
    text: "Greece signed a contract with Dassault Aviation on Monday. Under the deal, Greece will receive six Rafale jets.",
    gives: [
      ["Dassault Aviation", "supplies", "Greece"],
      ["Dassault Aviation", "supplies", "Rafale"],
    ],
  },
  {
    label: "a purchase as part of a deal signed just before takes the deal's partner as its seller",
    text: "Poland signed a deal with Hyundai Rotem on Friday. As part of the deal, Poland will buy 180 K2 tanks.",
    gives: [
      ["Hyundai Rotem", "supplies", "Poland"],
      ["Hyundai Rotem", "supplies", "K2"],
    ],
  },
  {
    label: "a deal that may be signed gives the later receipt no seller",
    text: "Greece may sign a contract with Dassault Aviation next year. Under the deal, Greece would receive six Rafale jets.",
    notGives: [["Dassault Aviation", "supplies", "Rafale"]],
  },
  {
    label: "another supplier told between the signing and the receipt: the deal is not the signing's",
    text: "Greece signed a contract with Dassault Aviation on Monday. Italy sold two frigates to Greece in May. Under the deal, Greece will receive six Rafale jets.",
    notGives: [["Dassault Aviation", "supplies", "Rafale"]],
  },
  {
    label: "a partner country gives no model known to come from another country",
    text: "Greece signed a contract with Turkey on Monday. Under the deal, Greece will receive six Rafale jets.",
    notGives: [["Turkey", "supplies", "Greece"]],
  },
];
