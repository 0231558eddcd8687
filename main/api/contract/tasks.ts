import { z } from 'zod'
import { listQuery, op, out, type Page } from './operation'

export type TaskStatus = 'running' | 'succeeded' | 'failed'

export interface TaskView {
  id: string
  kind: string
  title: string
  projectId: string | null
  userId: string | null
  resourceType: string | null
  resourceId: string | null
  status: TaskStatus
  progress: number
  step: string | null
  stepIndex: number
  stepsTotal: number
  error: string | null
  createdAt: number
  updatedAt: number
  finishedAt: number | null
}

export const taskOps = {
  'tasks.list': op({
    summary: 'List tasks (long operations) with their progress',
    policy: 'reader',
    mutates: false,
    input: listQuery.extend({ status: z.enum(['running', 'succeeded', 'failed']).optional() }),
    output: out<Page<TaskView>>()
  })
}
