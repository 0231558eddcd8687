import { describe, expect, it } from 'vitest'
import { dcellServers, generateBCube, generateDCell, groupRacks, previewCounts } from '../../../../main/datacenter'
import { degreesByRole, expectWellFormed } from './topologyAssertions'

describe('BCube(n, k) (virt-anchors §4.3)', () => {
  it.each([
    [8, 3, 4096, 2048],
    [4, 1, 16, 8],
    [2, 0, 2, 1],
    [48, 1, 2304, 96],
    [16, 3, 65536, 16384]
  ])('n=%i k=%i → n^(k+1) = %i servers, (k+1)·n^k = %i switches', (n, k, servers, switches) => {
    const preview = previewCounts('bcube', { n, k })
    expect(preview.hosts).toBe(servers)
    expect(preview.switches).toBe(switches)
    expect(preview.links).toBe((k + 1) * servers)
  })

  it.each([
    [8, 3],
    [4, 1],
    [3, 2],
    [2, 0]
  ])('n=%i k=%i: switches have n ports, servers k+1', (n, k) => {
    const topology = generateBCube({ n, k })
    expectWellFormed(topology)
    expect(degreesByRole(topology)).toEqual({ bcube: [n], host: [k + 1] })
    const racks = groupRacks(topology)
    expect(racks).toHaveLength(n ** k)
    expect(racks.every((r) => r.hostIds.length === n && r.switchId?.startsWith('sw0-'))).toBe(true)
  })

  it('a level-l switch joins servers that differ only in digit l, on port a_l', () => {
    const topology = generateBCube({ n: 3, k: 2 })
    const hostsOf = new Map<string, string[]>()
    for (const link of topology.links) hostsOf.set(link.a, [...(hostsOf.get(link.a) ?? []), link.b])
    for (const node of topology.nodes) {
      if (node.kind !== 'switch') continue
      const level = Number(node.address!.split(':')[0])
      const digits = hostsOf.get(node.id)!.map((id) => id.slice(2).split('.').map(Number).reverse()) // a_0 first
      digits.forEach((d, port) => expect(d[level]).toBe(port))
      for (const d of digits) {
        const others = d.filter((_, i) => i !== level).join()
        expect(others).toBe(digits[0].filter((_, i) => i !== level).join())
      }
    }
  })

  it('addresses and layers', () => {
    const topology = generateBCube({ n: 4, k: 1 })
    const host = topology.nodes.find((node) => node.id === 'h-2.3')!
    expect([host.address, host.layer, host.pod, host.rack]).toEqual(['2.3', 2, 2, 2])
    const top = topology.nodes.find((node) => node.id === 'sw1-3')!
    expect([top.layer, top.address, top.pod]).toEqual([0, '1:3', undefined])
  })

  it('refuses n < 2', () => {
    expect(() => generateBCube({ n: 1, k: 1 })).toThrow('n must be between 2 and 64 (got 1)')
  })
})

describe('DCell(n, k) (virt-anchors §4.4 table)', () => {
  it.each([
    [2, [2, 6, 42, 1806]],
    [4, [4, 20, 420, 176_820]],
    [6, [6, 42, 1806, 3_263_442]]
  ])('n=%i: t_k', (n, expected) => {
    expect([0, 1, 2, 3].map((k) => dcellServers(n, k))).toEqual(expected)
    expect(previewCounts('dcell', { n, k: 3 }).hosts).toBe(expected[3])
  })

  it('previews DCell(4, 3) but refuses to generate it (176,820 servers)', () => {
    const preview = previewCounts('dcell', { n: 4, k: 3 })
    expect(preview.switches).toBe(44_205)
    expect(preview.withinLimits).toBe(false)
    expect(() => generateDCell({ n: 4, k: 3 })).toThrow('176,820 hosts exceeds the limit')
  })

  it.each([
    [4, 1, 20, 5, 30],
    [2, 2, 42, 21, 84],
    [4, 2, 420, 105, 840],
    [3, 0, 3, 1, 3],
    [2, 3, 1806, 903, 4515]
  ])('n=%i k=%i → %i servers, %i mini-switches, %i links; servers have k+1 links', (n, k, servers, minis, links) => {
    const topology = generateDCell({ n, k })
    expectWellFormed(topology)
    expect([topology.nodes.length, topology.links.length]).toEqual([servers + minis, links])
    expect(degreesByRole(topology)).toEqual({ 'dcell-mini': [n], host: [k + 1] })
  })

  it('DCell_1: one link between every pair of DCell_0 (copy i server j−1 ↔ copy j server i)', () => {
    const topology = generateDCell({ n: 4, k: 1 })
    const serverLinks = topology.links.filter((l) => l.a.startsWith('h-'))
    expect(serverLinks).toHaveLength(10)
    expect(serverLinks[0]).toMatchObject({ a: 'h-0.0', b: 'h-1.0' })
    expect(serverLinks.map((l) => `${l.a}-${l.b}`)).toContain('h-2.3-h-4.2')
    const cellPairs = new Set(serverLinks.map((l) => `${l.a[2]}${l.b[2]}`))
    expect(cellPairs.size).toBe(10)
  })

  it('pods are DCell_{k−1} copies; racks are DCell_0 cells', () => {
    const topology = generateDCell({ n: 2, k: 2 })
    const racks = groupRacks(topology)
    expect(racks).toHaveLength(21)
    expect(racks[5]).toEqual({ rack: 5, pod: 1, switchId: 'mini-5', hostIds: ['h-1.2.0', 'h-1.2.1'] })
  })

  it('refuses n < 2 and k > 4', () => {
    expect(() => generateDCell({ n: 1, k: 1 })).toThrow('n must be between 2 and 64 (got 1)')
    expect(() => previewCounts('dcell', { n: 2, k: 5 })).toThrow('k must be between 0 and 4 (got 5)')
  })
})
