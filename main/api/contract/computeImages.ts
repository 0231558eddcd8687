/** Glance v2 images: metadata, bytes, visibility, members, tags, deactivate/reactivate. */
import { z } from 'zod'
import { listQuery, op, out, type Page } from './operation'

export interface ImageView {
  id: string
  name: string | null
  status: string
  visibility: 'public' | 'private' | 'shared' | 'community'
  protected: boolean
  osHidden: boolean
  owner: string | null
  diskFormat: string | null
  containerFormat: string | null
  minDisk: number
  minRam: number
  size: number | null
  virtualSize: number | null
  checksum: string | null
  osHashAlgo: string | null
  osHashValue: string | null
  tags: string[]
  /** Custom properties (Glance returns them as top-level string keys). */
  properties: Record<string, string>
  /** Whether bytes are stored (seeded images carry only metadata). */
  hasData: boolean
  createdAt: number
  updatedAt: number
}

export interface ImagePage extends Page<ImageView> {
  /** Marker for the next page (Glance's `next`), null on the last page. */
  nextMarker: string | null
}

export interface ImageMemberView {
  imageId: string
  memberId: string
  status: 'pending' | 'accepted' | 'rejected'
  createdAt: number
  updatedAt: number
}

export interface ImageDownload {
  /** The bytes (a Node stream on the server side; null when the image has no data — Glance answers 204). */
  stream: AsyncIterable<Uint8Array> | null
  size: number | null
  checksum: string | null
}

export interface ImagePatchOp {
  op: 'add' | 'replace' | 'remove'
  /** JSON pointer: "/name", "/tags", "/os_distro" (~1 escapes "/"). */
  path: string
  value?: unknown
}

/** Bytes: a buffer (IPC) or an async iterable of chunks (HTTP streams). */
export type ImageBytes = Uint8Array | AsyncIterable<Uint8Array>
const bytes = z.custom<ImageBytes>((v) => v instanceof Uint8Array || (typeof v === 'object' && v !== null && Symbol.asyncIterator in v), {
  message: 'expected image bytes'
})

const imageId = z.string().min(1).max(255)
const visibility = z.enum(['public', 'private', 'shared', 'community'])
const diskFormat = z.enum(['ami', 'ari', 'aki', 'vhd', 'vhdx', 'vmdk', 'raw', 'qcow2', 'vdi', 'iso', 'ploop'])
const containerFormat = z.enum(['ami', 'ari', 'aki', 'bare', 'ovf', 'ova', 'docker', 'compressed'])

export const imageCreateInput = z.object({
  id: z.string().uuid().optional(),
  name: z.string().max(255).nullable().optional(),
  diskFormat: diskFormat.nullable().optional(),
  containerFormat: containerFormat.nullable().optional(),
  visibility: visibility.optional(),
  protected: z.boolean().default(false),
  osHidden: z.boolean().default(false),
  minDisk: z.number().int().min(0).max(2147483647).default(0),
  minRam: z.number().int().min(0).max(2147483647).default(0),
  tags: z.array(z.string().min(1).max(255)).max(128).default([]),
  properties: z.record(z.string().min(1).max(255), z.string().max(65535)).default({})
})

export const imageOps = {
  'image.images.list': op({
    summary: 'List images visible to the caller (own, public, accepted shared; admins: all)', policy: 'reader', mutates: false,
    input: listQuery.extend({
      name: z.string().max(255).optional(),
      status: z.string().max(30).optional(),
      visibility: z.enum(['public', 'private', 'shared', 'community', 'all']).optional(),
      owner: z.string().max(255).optional(),
      osHidden: z.boolean().optional(),
      memberStatus: z.enum(['pending', 'accepted', 'rejected', 'all']).optional(),
      tags: z.array(z.string().max(255)).max(20).optional(),
      sortKey: z.string().max(30).optional(),
      sortDir: z.enum(['asc', 'desc']).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      marker: z.string().max(255).optional()
    }),
    output: out<ImagePage>()
  }),
  'image.images.get': op({ summary: 'Show one image', policy: 'reader', mutates: false, input: z.object({ id: imageId }), output: out<ImageView>() }),
  'image.images.create': op({ summary: 'Create an image record (status queued)', policy: 'member', mutates: true, input: imageCreateInput, output: out<ImageView>() }),
  'image.images.update': op({
    summary: 'Change an image with JSON-patch operations', policy: 'member', mutates: true,
    input: z.object({
      id: imageId,
      ops: z.array(z.object({ op: z.enum(['add', 'replace', 'remove']), path: z.string().min(2).max(1024), value: z.unknown().optional() })).max(500)
    }),
    output: out<ImageView>()
  }),
  'image.images.delete': op({ summary: 'Delete an image (instances booted from it keep running)', policy: 'member', mutates: true, input: z.object({ id: imageId }), output: out<{ id: string }>() }),
  'image.images.upload': op({
    summary: 'Upload the image bytes (queued → saving → active)', policy: 'member', mutates: true,
    input: z.object({ id: imageId, data: bytes }), output: out<ImageView>()
  }),
  'image.images.download': op({ summary: 'Download the image bytes', policy: 'reader', mutates: false, input: z.object({ id: imageId }), output: out<ImageDownload>() }),
  'image.images.deactivate': op({ summary: 'Deactivate an active image (downloads refused)', policy: 'member', mutates: true, input: z.object({ id: imageId }), output: out<ImageView>() }),
  'image.images.reactivate': op({ summary: 'Reactivate a deactivated image', policy: 'member', mutates: true, input: z.object({ id: imageId }), output: out<ImageView>() }),
  'image.tags.add': op({ summary: 'Tag an image', policy: 'member', mutates: true, input: z.object({ id: imageId, tag: z.string().min(1).max(255) }), output: out<ImageView>() }),
  'image.tags.remove': op({ summary: 'Untag an image', policy: 'member', mutates: true, input: z.object({ id: imageId, tag: z.string().min(1).max(255) }), output: out<ImageView>() }),
  'image.members.list': op({ summary: 'Members of a shared image', policy: 'reader', mutates: false, input: z.object({ id: imageId }), output: out<ImageMemberView[]>() }),
  'image.members.get': op({
    summary: 'One member of a shared image', policy: 'reader', mutates: false,
    input: z.object({ id: imageId, memberId: z.string().min(1).max(255) }), output: out<ImageMemberView>()
  }),
  'image.members.create': op({
    summary: 'Share an image with a project (status pending)', policy: 'member', mutates: true,
    input: z.object({ id: imageId, memberId: z.string().min(1).max(255) }), output: out<ImageMemberView>()
  }),
  'image.members.update': op({
    summary: 'Accept or reject a shared image (by the member project)', policy: 'member', mutates: true,
    input: z.object({ id: imageId, memberId: z.string().min(1).max(255), status: z.enum(['pending', 'accepted', 'rejected']) }),
    output: out<ImageMemberView>()
  }),
  'image.members.delete': op({
    summary: 'Stop sharing an image with a project', policy: 'member', mutates: true,
    input: z.object({ id: imageId, memberId: z.string().min(1).max(255) }), output: out<{ imageId: string; memberId: string }>()
  })
}
