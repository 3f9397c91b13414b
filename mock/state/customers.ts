/**
 * The business's customers (`/v3/customers`): the spec's example customers, and every buyer of an
 * order placed in this mock (a storefront checkout or `POST /v3/orders`), found again by email or phone.
 * No HTTP: back-office.ts maps the routes onto it.
 */
import type { Sequenced } from "./pages.ts";

type Json = any;

export interface Customer extends Sequenced {
  id: number;
  name: string | null;
  email: string | null;
  phone: string | null;
  status: string;
  createdAt: string;
  updatedAt: string;
  confirmedAt: string | null;
  /** The example this customer was seeded from; undefined for one an order created. */
  example: Record<string, Json> | undefined;
}

/** Customers kept at most: past it, the oldest one this mock created is forgotten (examples stay). */
export const MAX_CUSTOMERS = 10_000;

/** Emails match whatever the case of their ASCII letters (only those fold, as for discount codes). */
const sameEmail = (a: string | null, b: string | null) => !!a && !!b && a.replace(/[A-Z]/g, (c) => c.toLowerCase()) === b.replace(/[A-Z]/g, (c) => c.toLowerCase());

export class CustomerBook {
  /** Newest first. */
  private customers: Customer[] = [];
  private nextSeq = 1;
  private nextId = 1;

  constructor(
    readonly maxCustomers: number = MAX_CUSTOMERS,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Replaces every customer with the seeds; ids of new customers follow the highest seeded id. Returns how many this mock created. */
  reset(seeds: Omit<Customer, "seq">[]): number {
    const dropped = this.customers.filter((customer) => !customer.example).length;
    this.nextSeq = 1;
    this.customers = seeds.map((customer) => ({ ...customer, seq: this.nextSeq++ })).reverse();
    this.nextId = Math.max(0, ...seeds.map((customer) => customer.id)) + 1;
    return dropped;
  }

  get size() {
    return this.customers.length;
  }

  /** Newest first. */
  all(): readonly Customer[] {
    return this.customers;
  }

  byId(id: number | string): Customer | undefined {
    return this.customers.find((customer) => String(customer.id) === String(id));
  }

  /** The customer with this email (or, without one, this phone), created when there is none. */
  findOrCreate(buyer: { name: string | null; email: string | null; phone: string | null }): Customer {
    const known = this.customers.find((customer) => (buyer.email ? sameEmail(customer.email, buyer.email) : !!buyer.phone && customer.phone === buyer.phone));
    return known ?? this.create(buyer);
  }

  create(fields: { name: string | null; email: string | null; phone: string | null }): Customer {
    const time = this.clock().toISOString();
    const customer: Customer = { ...fields, seq: this.nextSeq++, id: this.nextId++, status: "active", createdAt: time, updatedAt: time, confirmedAt: null, example: undefined };
    this.customers.unshift(customer);
    for (let at = this.customers.length - 1; this.customers.length > this.maxCustomers && at >= 0; at--) {
      if (!this.customers[at]!.example) this.customers.splice(at, 1);
    }
    return customer;
  }

  update(customer: Customer, fields: Partial<Pick<Customer, "name" | "email" | "phone">>): Customer {
    Object.assign(customer, fields);
    customer.updatedAt = this.clock().toISOString();
    return customer;
  }
}
