/**
 * Fictional employers, cities with phone numbers, schools, fields of study and job bullet
 * templates for the labelled résumé corpus. None of them is a real person's.
 */

export const EMPLOYERS: readonly string[] = [
  'Northwind Labs',
  'Bluefin Outfitters',
  'Kestrel Bank',
  'Amberly Health',
  'Pinecrest Media',
  'Tidewater Logistics',
  'Copperleaf Games',
  'Helios Power',
  'Brightline Insurance',
  'Marlow & Finch',
  'Quillon Travel',
  'Saffron Retail',
  'Tessellate GmbH',
  'Orchid Payments',
  'Granite Peak Software',
  'Lumen Outdoor',
  'Vireo Mobile',
  'Cobalt Freight',
  'Meridian Learning',
  'Halcyon Studios',
];

export const CITIES: readonly { readonly city: string; readonly phone: string }[] = [
  { city: 'Austin, TX', phone: '+1 (512) 555-0142' },
  { city: 'Berlin, Germany', phone: '+49 30 1234 5678' },
  { city: 'London, UK', phone: '+44 20 7946 0958' },
  { city: 'Madrid, Spain', phone: '+34 612 345 678' },
  { city: 'Toronto, ON', phone: '(416) 555-0187' },
  { city: 'Tel Aviv, Israel', phone: '+972 52-123-4567' },
  { city: 'Warsaw, Poland', phone: '+48 601 234 567' },
  { city: 'Seattle, WA', phone: '206-555-0113' },
  { city: 'Lisbon, Portugal', phone: '+351 912 345 678' },
  { city: 'Amsterdam, Netherlands', phone: '+31 6 1234 5678' },
];

export const SCHOOLS: readonly string[] = [
  'University of Texas at Austin',
  'Technical University of Munich',
  'University of Leeds',
  'Universidad Politécnica de Madrid',
  'University of Toronto',
  'Tel Aviv University',
  'Warsaw University of Technology',
  'University of Washington',
  'University of Lisbon',
  'Delft University of Technology',
];

export const FIELDS: readonly string[] = [
  'Computer Science',
  'Software Engineering',
  'Information Systems',
  'Electrical Engineering',
  'Mathematics',
  'Physics',
];

export const BULLETS: readonly string[] = [
  'Built order services with {a} and {b}',
  'Designed the billing pipeline in {a}, backed by {b}',
  'Migrated the legacy platform to {a}',
  'Cut page load time by 40% using {a} and {b}',
  'Maintained internal tools written in {a}',
  'Introduced {a} and {b} for the payments team',
  'Led a team of four building a reporting product on {a}',
  'Automated releases with {a}, {b} and {c}',
  'Covered the checkout flow with {a}',
  'Shipped a customer portal using {a}, {b} and {c}',
];
