import type { Department, DepartmentCreate, DepartmentUpdate } from '@efile/schemas';
import { patchToUpdate } from '../db/versioned.js';
import type { DepartmentsRepository } from './departments.repository.js';

/** The rules for departments (Ämter): codes are unique and never change. */
export class DepartmentsService {
  constructor(private readonly repository: DepartmentsRepository) {}

  list(): Promise<Department[]> {
    return this.repository.list();
  }

  get(code: string): Promise<Department> {
    return this.repository.get(code);
  }

  create(input: DepartmentCreate): Promise<Department> {
    return this.repository.create(input);
  }

  update(code: string, expectedVersion: number, patch: DepartmentUpdate): Promise<Department> {
    return this.repository.update(code, expectedVersion, patchToUpdate(patch as Record<string, unknown>));
  }
}
