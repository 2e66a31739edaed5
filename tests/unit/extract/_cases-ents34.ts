/**
 * Labelled sentences of session 34's entity classes: a listed body's name printed in the other
 * (British or American) spelling; a mission's name printed with its place and a listed body's
 * name printed after its country's initials, kept as the body's aliases; a person's name printed
 * with the family name first and last; another bearer of a listed person's family name; counted
 * goods of a make read as no person; a listed city with a possessive inside its name.
 */
import type { SentenceCase } from "./_cases.ts";

export const CASES: SentenceCase[] = [
  {
    label: "a listed company printed in the American spelling of its British name is that company",
    text: "Helmut Rauch, the head of Germany's Diehl Defense company, arrived in Kyiv on Monday.",
    typed: [["Diehl Defense", "Organization"]],
    same: [["Diehl Defense", "Diehl Defence"]],
    gives: [["Diehl Defence", "affiliated_with", "Germany"]],
  },
  {
    label: "a listed force printed in the British spelling of its American name is that force",
    text: "The Self-Defence Forces scrambled fighter jets, Japan's defence ministry said.",
    same: [["Self-Defence Forces", "Japan Self-Defense Forces"]],
  },
  {
    label: "a mission's name printed with the place it is in names that mission",
    text: "The Charge d'Affaires of the United States Embassy in Chile, Richard Glenn, attended the ceremony.",
    typed: [["United States Embassy in Chile", "Organization"]],
    same: [["United States Embassy in Chile", "United States Embassy"]],
    gives: [["Richard Glenn", "affiliated_with", "United States Embassy"]],
  },
  {
    label: "a bare embassy before its place takes no place into its name",
    text: "China donated the vehicles, the Chinese Embassy said. The Embassy in Suva added that more would follow.",
    noEntities: ["Embassy in Suva"],
  },
  {
    label: "a listed body printed after its country's initials keeps that printed name",
    text: "The aircraft was bought by the US Department of Defense for the Chilean Air Force.",
    typed: [["US Department of Defense", "Organization"]],
    same: [["US Department of Defense", "Department of Defense"]],
  },
  {
    label: "a person's name printed with the family name last and first is one person",
    text: "Chinese Foreign Ministry spokesperson Lijian Zhao spoke on Monday. On Tuesday, spokesperson Zhao Lijian said India had violated the consensus.",
    same: [["Lijian Zhao", "Zhao Lijian"]],
    gives: [["Zhao Lijian", "assesses", "India"]],
  },
  {
    label: "two names in one sentence with the same words in the other order stay two people",
    text: "Colonel Hassan Ali met General Ali Hassan in Khartoum on Monday.",
    apart: [["Hassan Ali", "Ali Hassan"]],
  },
  {
    label: "a listed person's family name after another given name is another person",
    text: "Russia has backed Syria since the rule of Hafez al-Assad, who died in 2000.",
    entities: ["Hafez al-Assad"],
    noEntities: ["Bashar al-Assad"],
  },
  {
    label: "a listed person's family name after a title is still that person",
    text: "Syrian President Bashar al-Assad met the envoy in Damascus. President Assad thanked Russia.",
    same: [["Assad", "Bashar al-Assad"]],
  },
  {
    label: "capitals counted after a number and ending in a plural are goods, no person",
    text: "India gifted 10 Tata Buses and two Ashok Leyland Trucks to the Nepal Army.",
    noEntities: ["Tata Buses", "Ashok Leyland Trucks"],
    gives: [["India", "supplies", "Nepal Army"]],
  },
  {
    label: "a person's name after a year stays a person",
    text: "In 2019 James Mattis resigned as defence secretary.",
    typed: [["James Mattis", "Person"]],
  },
  {
    label: "a listed city with a possessive inside its name is one place",
    text: "Bangladesh hosted the fleet review at Cox's Bazar on December 7. Refugees reached Cox’s Bazar on Monday.",
    typed: [["Cox's Bazar", "Location"]],
    noEntities: ["Cox"],
  },
];
