import { describe, it, expect } from "vitest";
import { edge_coordinates, hit_role, layout_positions, linked_rows, node_coordinates } from "./graph.ts";

// a path 0 - 1 - 2 and an edge 2 - 3; node rows list node ids out of order
const nodes = { index: [3, 0, 1, 2] };
const edges = { start: [0, 1, 2], end: [1, 2, 3] };

describe("graph layout", () => {
  it("reads graph_layout as a Map, [key, [x, y]] pairs or an object", () => {
    const want = [["0", [1, 2]], ["1", [3, 4]]];
    expect([...layout_positions(new Map([[0, [1, 2]], [1, [3, 4]]]))]).toEqual(want);
    expect([...layout_positions([[0, [1, 2]], [1, Float64Array.of(3, 4)]])]).toEqual(want);
    expect([...layout_positions({ 0: [1, 2], 1: [3, 4] })]).toEqual(want);
    expect(layout_positions(null).size).toBe(0);
  });
  it("places nodes by their index column, NaN for nodes the layout lacks", () => {
    const [x, y] = node_coordinates(nodes, layout_positions({ 0: [0, 0], 1: [1, 0], 2: [2, 1] }));
    expect(Array.from(x)).toEqual([NaN, 0, 1, 2]);
    expect(Array.from(y)).toEqual([NaN, 0, 0, 1]);
  });
  it("draws edges straight from start to end, or along the source's own paths", () => {
    const pos = layout_positions({ 0: [0, 0], 1: [1, 0], 2: [2, 1], 3: [3, 3] });
    const [xs, ys] = edge_coordinates(edges, pos);
    expect(xs.map((a) => Array.from(a as Float64Array))).toEqual([[0, 1], [1, 2], [2, 3]]);
    expect(ys.map((a) => Array.from(a as Float64Array))).toEqual([[0, 0], [0, 1], [1, 3]]);
    const [pxs] = edge_coordinates({ ...edges, xs: [[0, 0.5, 1], [1, 2], [2, 3]], ys: [[0, 1, 0], [0, 1], [1, 3]] }, pos);
    expect(pxs[0]).toEqual([0, 0.5, 1]);
  });
});

describe("graph hit-test policies", () => {
  it("NodesOnly keeps the hit nodes", () => {
    expect(linked_rows("NodesOnly", "node", [2], nodes, edges)).toEqual({ nodes: [2], edges: [] });
  });
  it("NodesAndLinkedEdges adds the edges touching the hit node (by its index value, not its row)", () => {
    // row 2 is node 1: edges 0-1 and 1-2
    expect(linked_rows("NodesAndLinkedEdges", "node", [2], nodes, edges)).toEqual({ nodes: [2], edges: [0, 1] });
  });
  it("NodesAndAdjacentNodes adds the neighbours", () => {
    expect(linked_rows("NodesAndAdjacentNodes", "node", [2], nodes, edges)).toEqual({ nodes: [1, 2, 3], edges: [] });
  });
  it("EdgesAndLinkedNodes hits edges and adds their two nodes; node hits do nothing", () => {
    expect(linked_rows("EdgesAndLinkedNodes", "edge", [2], nodes, edges)).toEqual({ edges: [2], nodes: [0, 3] });
    expect(linked_rows("EdgesAndLinkedNodes", "node", [2], nodes, edges)).toEqual({ nodes: [], edges: [] });
    expect(hit_role({ id: "p", type: "EdgesAndLinkedNodes", attrs: {} })).toBe("edge");
    expect(hit_role({ id: "p", type: "NodesAndLinkedEdges", attrs: {} })).toBe("node");
  });
});
