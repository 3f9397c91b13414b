import { describe, it, expect } from "vitest";
import { contractClient, expectContract, expectOpenObject } from "../support/contract.ts";

const scalev = contractClient();

// Product, variant and related ids are numeric but typed as strings in the contract's path parameters.
const PRODUCT_ID = "812";
const VARIANT_ID = "5531";
const KNOWLEDGE_ITEM_ID = "019e8a10-5b2c-7d3e-9f4a-1b2c3d4e5f60";
const FOLLOW_UP_CHAT_ID = "1450";
const SECTION_UUID = "019e9b21-4a5b-7c6d-8e7f-9a0b1c2d3e4f";
const CONTENT_UUID = "019e9b22-6c7d-7e8f-9a0b-1c2d3e4f5a6b";

const productBody = {
  item_type: "physical" as const,
  name: "Kemeja Batik Parang",
  slug: "kemeja-batik-parang",
  is_inventory: true,
  is_multiple: true,
  taxonomy_id: 1204,
  variants: [
    { option1_value: "M", option2_value: "Biru", sku: "KBP-M-BIRU", price: 185000, reseller_price: 160000, cogs: 95000, weight: 200 },
    { option1_value: "L", option2_value: "Biru", sku: "KBP-L-BIRU", price: 185000, reseller_price: 160000, cogs: 95000, weight: 220 },
  ],
};

const followUpChatBody = {
  name: "Pengingat pembayaran 2 jam",
  provider: "waba",
  hours_after: 2,
  is_default: true,
  trigger: "pending",
  text_for_bank_transfer: "Halo {customer_name}, pesanan {order_id} menunggu transfer.",
  wa_integration_id: 61,
};

// The partnership endpoints document their bodies and answers only as open objects (no property
// name): those requests send empty objects and the answers are checked with expectOpenObject.
describe("Business products contract", () => {
  it("listProducts", async () => {
    const body = await expectContract(
      scalev.GET("/v3/products", {
        params: { query: { search: "batik", item_type: "physical", pricing_type: "one_time", qty_type: "available_qty", is_owned: true, page_size: 25 } },
      }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("createProduct", async () => {
    const body = await expectContract(scalev.POST("/v3/products", { body: productBody }));
    expect(body.id).toBeTypeOf("number");
    expect(body.variants?.[0]?.unique_id).toMatch(/^variant_/);
  });

  it("listProductsSimplified", async () => {
    const body = await expectContract(
      scalev.GET("/v3/products/simplified", { params: { query: { for_store_id: 1021, is_inventory: true, label: "batik" } } }),
    );
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data[0]?.item_type).toBeTypeOf("string");
  });

  it("countProducts", async () => {
    const body = await expectContract(scalev.GET("/v3/products/count", { params: { query: { item_type: "digital" } } }));
    expect(body.count).toBeTypeOf("number");
  });

  it("getProduct", async () => {
    const body = await expectContract(scalev.GET("/v3/products/{id}", { params: { path: { id: PRODUCT_ID } } }));
    expect(body.slug).toBe("kemeja-batik-parang");
    expect(body.variants?.length).toBeGreaterThan(0);
  });

  it("updateProduct", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/products/{id}", {
        params: { path: { id: PRODUCT_ID } },
        body: { item_type: "physical", name: "Kemeja Batik Parang", option1_name: "Ukuran", option2_name: "Warna" },
      }),
    );
    expect(body.id).toBe(812);
    expect(body.option1_name).toBe("Ukuran");
  });

  it("deleteProduct", async () => {
    const body = await expectContract(scalev.DELETE("/v3/products/{id}", { params: { path: { id: PRODUCT_ID } } }), { status: 204 });
    expect(body).toBeUndefined();
  });

  it("duplicateProduct", async () => {
    const body = await expectContract(scalev.POST("/v3/products/{id}/duplicate", { params: { path: { id: PRODUCT_ID } } }));
    // The copy is a new product that keeps the source's variants.
    expect(body.name).toBe("Kemeja Batik Parang (Copy)");
    expect(body.id).not.toBe(812);
    expect(body.variants?.length).toBeGreaterThan(0);
  });

  it("updateProductPartnership", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/products/{product_id}/partnership", {
        params: { path: { product_id: PRODUCT_ID } },
        body: {},
      }),
    );
    expectOpenObject(body);
  });

  it("checkProductPartnershipChanges", async () => {
    const body = await expectContract(
      scalev.POST("/v3/products/{product_id}/partnership/check-changes", {
        params: { path: { product_id: PRODUCT_ID } },
        body: {},
      }),
    );
    expectOpenObject(body);
  });

  it("getProductRelations", async () => {
    const body = await expectContract(
      scalev.GET("/v3/products/{product_id}/relations", { params: { path: { product_id: PRODUCT_ID } } }),
    );
    expect(body.id).toBe(812);
    expect(Array.isArray(body.pages?.will_unpublish)).toBe(true);
  });

  it("listProductPartners", async () => {
    const body = await expectContract(
      scalev.GET("/v3/products/{product_id}/partners", { params: { path: { product_id: PRODUCT_ID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("createProductPartner", async () => {
    const body = await expectContract(
      scalev.POST("/v3/products/{product_id}/partners", {
        params: { path: { product_id: PRODUCT_ID } },
        body: { partner_unique_id: "BIZR4T8N2" },
      }),
    );
    expect(body.partner?.unique_id).toBeTypeOf("string");
  });

  it("deleteProductPartner", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/products/{product_id}/partners/{id}", { params: { path: { product_id: PRODUCT_ID, id: "904" } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });
});

describe("Product options and variants contract", () => {
  const productPath = { path: { product_id: PRODUCT_ID } };

  it("addProductOption", async () => {
    const body = await expectContract(
      scalev.POST("/v3/products/{product_id}/add-option", { params: productPath, body: { name: "Warna", value: "Biru" } }),
    );
    expect(body.id).toBe(812);
    expect(body.option2_name).toBe("Warna");
  });

  it("removeProductOptionValue (204)", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/products/{product_id}/remove-option-value", { params: productPath, body: { position: 1, value: "XL" } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("reorderProductOptionValues (204)", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/products/{product_id}/reorder-option-values", { params: productPath, body: { position: 1, values: ["M", "L"] } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("bulkUpdateProductVariantPrices (204)", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/products/{product_id}/variants/bulk", { params: productPath, body: { field: "price", value: 189000 } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("createProductVariant", async () => {
    const body = await expectContract(
      scalev.POST("/v3/products/{product_id}/variants", {
        params: productPath,
        body: { option1_value: "XL", option2_value: "Biru", sku: "KBP-XL-BIRU", price: 195000, weight: 240, item_type: "physical" },
      }),
    );
    expect(body.product?.id).toBe(812);
    expect(body.unique_id).toMatch(/^variant_/);
  });

  it("updateProductVariant", async () => {
    const body = await expectContract(scalev.PATCH("/v3/variants/{id}", { params: { path: { id: VARIANT_ID } }, body: { price: 185000, weight: 250 } }));
    expect(body.id).toBe(5531);
    expect(body.price).toBe(185000);
  });

  it("deleteProductVariant (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/variants/{id}", { params: { path: { id: VARIANT_ID } } }), { status: 204 });
    expect(body).toBeUndefined();
  });
});

describe("Product knowledge items contract", () => {
  it("listProductKnowledgeItems", async () => {
    const body = await expectContract(
      scalev.GET("/v3/products/{product_id}/knowledge-items", { params: { path: { product_id: PRODUCT_ID }, query: { page_size: 10 } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("createProductKnowledgeItem", async () => {
    const body = await expectContract(
      scalev.POST("/v3/products/{product_id}/knowledge-items", {
        params: { path: { product_id: PRODUCT_ID } },
        body: { q: "Berapa ukuran kemeja size M?", a: "Lingkar dada 104 cm, panjang badan 72 cm.", position: 0 },
      }),
    );
    expect(body.q).toBeTypeOf("string");
  });

  it("getProductKnowledgeItem", async () => {
    const body = await expectContract(
      scalev.GET("/v3/products/{product_id}/knowledge-items/{id}", { params: { path: { product_id: PRODUCT_ID, id: KNOWLEDGE_ITEM_ID } } }),
    );
    expect(body.id).toBeTypeOf("string");
  });

  it("updateProductKnowledgeItem", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/products/{product_id}/knowledge-items/{id}", {
        params: { path: { product_id: PRODUCT_ID, id: KNOWLEDGE_ITEM_ID } },
        body: { q: "Berapa ukuran kemeja size M?", a: "Lingkar dada 104 cm. Tersedia juga ukuran L." },
      }),
    );
    expect(body.a).toBeTypeOf("string");
  });

  it("deleteProductKnowledgeItem", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/products/{product_id}/knowledge-items/{id}", { params: { path: { product_id: PRODUCT_ID, id: KNOWLEDGE_ITEM_ID } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });
});

describe("Product follow-up chats contract", () => {
  it("generateProductFollowUpChats", async () => {
    const body = await expectContract(
      scalev.POST("/v3/products/{product_id}/follow-up-chats/generate", { params: { path: { product_id: PRODUCT_ID } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("listProductFollowUpChats", async () => {
    const body = await expectContract(
      scalev.GET("/v3/products/{product_id}/follow-up-chats", { params: { path: { product_id: PRODUCT_ID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("createProductFollowUpChat", async () => {
    const body = await expectContract(
      scalev.POST("/v3/products/{product_id}/follow-up-chats", { params: { path: { product_id: PRODUCT_ID } }, body: followUpChatBody }),
    );
    expect(body.id).toBeTypeOf("number");
    expect(body.wa_integration?.id).toBeTypeOf("number");
  });

  it("getProductFollowUpChat", async () => {
    const body = await expectContract(
      scalev.GET("/v3/products/{product_id}/follow-up-chats/{id}", { params: { path: { product_id: PRODUCT_ID, id: FOLLOW_UP_CHAT_ID } } }),
    );
    expect(body.name).toBeTypeOf("string");
  });

  it("updateProductFollowUpChat", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/products/{product_id}/follow-up-chats/{id}", {
        params: { path: { product_id: PRODUCT_ID, id: FOLLOW_UP_CHAT_ID } },
        body: { ...followUpChatBody, hours_after: 4, name: "Pengingat pembayaran 4 jam" },
      }),
    );
    expect(body.hours_after).toBeTypeOf("number");
  });

  it("deleteProductFollowUpChat", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/products/{product_id}/follow-up-chats/{id}", { params: { path: { product_id: PRODUCT_ID, id: FOLLOW_UP_CHAT_ID } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });
});

describe("Variants contract", () => {
  it("getVariant", async () => {
    const body = await expectContract(scalev.GET("/v3/variants/{id}", { params: { path: { id: VARIANT_ID } } }));
    expect(body.unique_id).toMatch(/^variant_/);
    expect(body.product?.id).toBeTypeOf("number");
  });

  it("listVariantKnowledgeItems", async () => {
    const body = await expectContract(
      scalev.GET("/v3/variants/{variant_id}/knowledge-items", { params: { path: { variant_id: VARIANT_ID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("createVariantKnowledgeItem", async () => {
    const body = await expectContract(
      scalev.POST("/v3/variants/{variant_id}/knowledge-items", {
        params: { path: { variant_id: VARIANT_ID } },
        body: { q: "Biru-nya seperti apa?", a: "Biru indigo, pewarna alami." },
      }),
    );
    expect(body.variant_id).toBeTypeOf("number");
  });

  it("getVariantKnowledgeItem", async () => {
    const body = await expectContract(
      scalev.GET("/v3/variants/{variant_id}/knowledge-items/{id}", { params: { path: { variant_id: VARIANT_ID, id: KNOWLEDGE_ITEM_ID } } }),
    );
    expect(body.q).toBeTypeOf("string");
  });

  it("updateVariantKnowledgeItem", async () => {
    const body = await expectContract(
      scalev.PATCH("/v3/variants/{variant_id}/knowledge-items/{id}", {
        params: { path: { variant_id: VARIANT_ID, id: KNOWLEDGE_ITEM_ID } },
        body: { q: "Biru-nya seperti apa?", a: "Biru indigo tua, pewarna alami.", position: 1 },
      }),
    );
    expect(body.a).toBeTypeOf("string");
  });

  it("deleteVariantKnowledgeItem", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/variants/{variant_id}/knowledge-items/{id}", { params: { path: { variant_id: VARIANT_ID, id: KNOWLEDGE_ITEM_ID } } }),
      { status: 204 },
    );
    expect(body).toBeUndefined();
  });

  it("listVariantDigitalProductFiles", async () => {
    const body = await expectContract(
      scalev.GET("/v3/variants/{variant_id}/digital-product-files", { params: { path: { variant_id: VARIANT_ID } } }),
    );
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("createVariantDigitalProductFile", async () => {
    const form = new FormData();
    form.append("file", new Blob(["%PDF-1.4 panduan membatik"], { type: "application/pdf" }), "panduan-membatik.pdf");
    const body = await expectContract(
      scalev.POST("/v3/variants/{variant_id}/digital-product-files", {
        params: { path: { variant_id: VARIANT_ID } },
        body: form as never,
        bodySerializer: (b) => b as unknown as FormData,
      }),
    );
    expect(body.id).toBeTypeOf("number");
    expect(body.size_in_bytes).toBeTypeOf("number");
  });

  it("getVariantDigitalProductFile", async () => {
    const body = await expectContract(
      scalev.GET("/v3/variants/{variant_id}/digital-product-files/{id}", { params: { path: { variant_id: VARIANT_ID, id: "3301" } } }),
    );
    expect(body.content_type).toBeTypeOf("string");
  });

  it("deleteVariantDigitalProductFile", async () => {
    const body = await expectContract(
      scalev.DELETE("/v3/variants/{variant_id}/digital-product-files/{id}", { params: { path: { variant_id: VARIANT_ID, id: "3301" } } }),
    );
    expect(body.id).toBeTypeOf("number");
  });
});

describe("Product taxonomies contract", () => {
  it("listProductTaxonomies", async () => {
    const body = await expectContract(scalev.GET("/v3/product-taxonomies", { params: { query: { search: "kemeja" } } }));
    expect(body.data[0]?.full_path).toBeTypeOf("string");
  });

  it("getProductTaxonomy", async () => {
    const body = await expectContract(scalev.GET("/v3/product-taxonomies/{id}", { params: { path: { id: "1204" } } }));
    expect(body.level_1).toBeTypeOf("string");
  });
});

// The course endpoints document their bodies and answers only as open objects: the requests send
// empty objects and the answers are checked with expectOpenObject.
describe("Courses contract", () => {
  const variantPath = { path: { variant_id: VARIANT_ID } };
  const sectionPath = { path: { section_uuid: SECTION_UUID } };

  it("getVariantCourse", async () => {
    const body = await expectContract(scalev.GET("/v3/variants/{id}/course", { params: { path: { id: VARIANT_ID } } }));
    expectOpenObject(body);
  });

  it("updateVariantCourse", async () => {
    const body = await expectContract(scalev.PATCH("/v3/variants/{id}/course", { params: { path: { id: VARIANT_ID } }, body: {} }));
    expectOpenObject(body);
  });

  it("createCourseSection", async () => {
    const body = await expectContract(scalev.POST("/v3/variants/{variant_id}/course-sections", { params: variantPath, body: {} }));
    expectOpenObject(body);
  });

  it("updateCourseSectionOrders", async () => {
    const body = await expectContract(scalev.PATCH("/v3/variants/{variant_id}/course-section-orders", { params: variantPath, body: {} }));
    expectOpenObject(body);
  });

  it("listVariantCustomers", async () => {
    const body = await expectContract(scalev.GET("/v3/variants/{id}/customers", { params: { path: { id: VARIANT_ID } } }));
    expect(body.is_paginated).toBe(true);
    expect(Array.isArray(body.data)).toBe(true);
  });

  it("getCourseSection", async () => {
    const body = await expectContract(scalev.GET("/v3/course-sections/{uuid}", { params: { path: { uuid: SECTION_UUID } } }));
    expectOpenObject(body);
  });

  it("updateCourseSection", async () => {
    const body = await expectContract(scalev.PATCH("/v3/course-sections/{uuid}", { params: { path: { uuid: SECTION_UUID } }, body: {} }));
    expectOpenObject(body);
  });

  it("deleteCourseSection (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/course-sections/{uuid}", { params: { path: { uuid: SECTION_UUID } } }), { status: 204 });
    expect(body).toBeUndefined();
  });

  it("createCourseContent", async () => {
    const body = await expectContract(scalev.POST("/v3/course-sections/{section_uuid}/course-contents", { params: sectionPath, body: {} }));
    expectOpenObject(body);
  });

  it("updateCourseContentOrders", async () => {
    const body = await expectContract(scalev.PATCH("/v3/course-sections/{section_uuid}/course-content-orders", { params: sectionPath, body: {} }));
    expectOpenObject(body);
  });

  it("getCourseContent", async () => {
    const body = await expectContract(scalev.GET("/v3/course-contents/{uuid}", { params: { path: { uuid: CONTENT_UUID } } }));
    expectOpenObject(body);
  });

  it("updateCourseContent", async () => {
    const body = await expectContract(scalev.PATCH("/v3/course-contents/{uuid}", { params: { path: { uuid: CONTENT_UUID } }, body: {} }));
    expectOpenObject(body);
  });

  it("deleteCourseContent (204)", async () => {
    const body = await expectContract(scalev.DELETE("/v3/course-contents/{uuid}", { params: { path: { uuid: CONTENT_UUID } } }), { status: 204 });
    expect(body).toBeUndefined();
  });
});
