/** Glance images, tags and members. Visibility rules are expressed here as SQL; the service decides who asks. */
import type { Db } from '../connection'
import { statementCache, type Sql } from './statementCache'

export interface ImageDbRow {
  id: string; name: string | null; owner: string | null; status: string; visibility: string; protected: number; os_hidden: number
  disk_format: string | null; container_format: string | null; min_disk: number; min_ram: number; size: number | null
  virtual_size: number | null; checksum: string | null; os_hash_algo: string | null; os_hash_value: string | null
  content_sha256: string | null; properties: string; created_at: number; updated_at: number; deleted_at: number | null
}

export interface ImageMemberDbRow { image_id: string; member_id: string; status: string; created_at: number; updated_at: number }

export interface ImageListFilter {
  /** null = admin (sees every image). */
  viewerProject: string | null
  name?: string
  status?: string
  visibility?: string
  owner?: string
  /** Glance's exact filter: true = hidden images only; undefined/false = visible ones (the default). */
  osHidden?: boolean
  memberStatus?: string
  tags?: string[]
  ids?: string[]
}

const SORT_COLUMNS: Record<string, string> = {
  created_at: 'i.created_at', updated_at: 'i.updated_at', name: 'i.name', id: 'i.id', size: 'i.size', status: 'i.status',
  visibility: 'i.visibility', disk_format: 'i.disk_format', container_format: 'i.container_format', min_disk: 'i.min_disk', min_ram: 'i.min_ram'
}
export const IMAGE_SORT_KEYS = Object.keys(SORT_COLUMNS)

export class ImagesRepo {
  private sql: Sql

  constructor(private db: Db) {
    this.sql = statementCache(db)
  }

  /** Matching images in the requested order (then id in the same direction, as Glance). */
  list(f: ImageListFilter, sortKey = 'created_at', sortDir: 'asc' | 'desc' = 'desc'): ImageDbRow[] {
    const where = ['i.deleted_at IS NULL']
    const params: unknown[] = []
    if (f.viewerProject !== null) {
      const member = f.memberStatus ?? 'accepted'
      // Glance's default list: own images, public ones, and shared ones this project accepted.
      // Community images are listed only when asked for by visibility.
      if (f.visibility === 'community') {
        where.push("i.visibility = 'community'")
      } else {
        where.push(`(i.owner = ? OR i.visibility = 'public' OR (i.visibility = 'shared' AND EXISTS (SELECT 1 FROM image_members m WHERE m.image_id = i.id AND m.member_id = ?${member === 'all' ? '' : ' AND m.status = ?'})))`)
        params.push(f.viewerProject, f.viewerProject)
        if (member !== 'all') params.push(member)
      }
    }
    if (f.visibility && f.visibility !== 'all') { where.push('i.visibility = ?'); params.push(f.visibility) }
    if (f.name !== undefined) { where.push('i.name = ?'); params.push(f.name) }
    if (f.status) { where.push('i.status = ?'); params.push(f.status) }
    if (f.owner) { where.push('i.owner = ?'); params.push(f.owner) }
    where.push(f.osHidden === true ? 'i.os_hidden = 1' : 'i.os_hidden = 0')
    for (const t of f.tags ?? []) { where.push('EXISTS (SELECT 1 FROM image_tags t WHERE t.image_id = i.id AND t.tag = ?)'); params.push(t) }
    if (f.ids) { where.push(`i.id IN (${f.ids.map(() => '?').join(',') || "''"})`); params.push(...f.ids) }
    const col = SORT_COLUMNS[sortKey] ?? 'i.created_at'
    const dir = sortDir === 'asc' ? 'ASC' : 'DESC'
    return this.sql(`SELECT i.* FROM images i WHERE ${where.join(' AND ')} ORDER BY ${col} ${dir}, i.id ${dir}`).all(...params) as ImageDbRow[]
  }

  /** Any non-deleted image by id. */
  get(id: string): ImageDbRow | undefined {
    return this.sql('SELECT * FROM images WHERE id = ? AND deleted_at IS NULL').get(id) as ImageDbRow | undefined
  }

  exists(id: string): boolean {
    return Boolean(this.sql('SELECT 1 FROM images WHERE id = ?').get(id))
  }

  insert(r: ImageDbRow): void {
    this.sql(`INSERT INTO images (id, name, owner, status, visibility, protected, os_hidden, disk_format, container_format, min_disk, min_ram,
      size, virtual_size, checksum, os_hash_algo, os_hash_value, content_sha256, properties, created_at, updated_at, deleted_at)
      VALUES (@id, @name, @owner, @status, @visibility, @protected, @os_hidden, @disk_format, @container_format, @min_disk, @min_ram,
      @size, @virtual_size, @checksum, @os_hash_algo, @os_hash_value, @content_sha256, @properties, @created_at, @updated_at, @deleted_at)`).run(r)
  }

  update(id: string, fields: Partial<Omit<ImageDbRow, 'id'>>): void {
    const keys = Object.keys(fields).filter((k) => (fields as Record<string, unknown>)[k] !== undefined)
    if (!keys.length) return
    this.sql(`UPDATE images SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = @id`).run({ ...fields, id })
  }

  /** Whether any live image still points at the stored bytes (they are shared by content). */
  contentInUse(sha256: string): boolean {
    return Boolean(this.sql('SELECT 1 FROM images WHERE content_sha256 = ? AND deleted_at IS NULL').get(sha256))
  }

  tags(id: string): string[] {
    return (this.sql('SELECT tag FROM image_tags WHERE image_id = ? ORDER BY tag').all(id) as { tag: string }[]).map((r) => r.tag)
  }

  tagsOf(ids: string[]): Map<string, string[]> {
    const out = new Map<string, string[]>(ids.map((id) => [id, []]))
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500)
      const rows = this.sql(`SELECT image_id, tag FROM image_tags WHERE image_id IN (${chunk.map(() => '?').join(',')}) ORDER BY tag`).all(...chunk) as { image_id: string; tag: string }[]
      for (const r of rows) out.get(r.image_id)?.push(r.tag)
    }
    return out
  }

  addTag(id: string, tag: string): void {
    this.sql('INSERT OR IGNORE INTO image_tags (image_id, tag) VALUES (?, ?)').run(id, tag)
  }

  removeTag(id: string, tag: string): number {
    return this.sql('DELETE FROM image_tags WHERE image_id = ? AND tag = ?').run(id, tag).changes
  }

  setTags(id: string, tags: string[]): void {
    this.sql('DELETE FROM image_tags WHERE image_id = ?').run(id)
    for (const t of tags) this.addTag(id, t)
  }

  members(id: string): ImageMemberDbRow[] {
    return this.sql('SELECT * FROM image_members WHERE image_id = ? ORDER BY created_at, member_id').all(id) as ImageMemberDbRow[]
  }

  member(id: string, memberId: string): ImageMemberDbRow | undefined {
    return this.sql('SELECT * FROM image_members WHERE image_id = ? AND member_id = ?').get(id, memberId) as ImageMemberDbRow | undefined
  }

  insertMember(r: ImageMemberDbRow): void {
    this.sql('INSERT INTO image_members (image_id, member_id, status, created_at, updated_at) VALUES (@image_id, @member_id, @status, @created_at, @updated_at)').run(r)
  }

  setMemberStatus(id: string, memberId: string, status: string, now: number): void {
    this.sql('UPDATE image_members SET status = ?, updated_at = ? WHERE image_id = ? AND member_id = ?').run(status, now, id, memberId)
  }

  deleteMember(id: string, memberId: string): number {
    return this.sql('DELETE FROM image_members WHERE image_id = ? AND member_id = ?').run(id, memberId).changes
  }

  countForProject(projectId: string): number {
    return (this.sql('SELECT COUNT(*) AS n FROM images WHERE owner = ? AND deleted_at IS NULL').get(projectId) as { n: number }).n
  }
}
