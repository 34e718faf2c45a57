/** A participant placed for a still picture, with the number of visible events they took part in. */
export interface NetNode {
  id: string;
  name: string;
  country: string;
  count: number;
  x: number;
  y: number;
}
/** Two participants and how many visible events they share. */
export interface NetEdge {
  a: string;
  b: string;
  weight: number;
}
