import * as migration_20261126_190935_initial from './20261126_190935_initial';
import * as migration_20261126_192345_screening_ics_sequence from './20261126_192345_screening_ics_sequence';
import * as migration_20261126_192809_search_text from './20261126_192809_search_text';
import * as migration_20261126_194500_api_rate_limits from './20261126_194500_api_rate_limits';
import * as migration_20261126_195723_previous_slugs from './20261126_195723_previous_slugs';
import * as migration_20261126_200245_scheduled_publishing from './20261126_200245_scheduled_publishing';
import * as migration_20261126_223449_media_storage_fields from './20261126_223449_media_storage_fields';
import * as migration_20261127_012820_locale_parent_indexes from './20261127_012820_locale_parent_indexes';
import * as migration_20261127_044844_screening_day from './20261127_044844_screening_day';
import * as migration_20261127_054628_site_versions from './20261127_054628_site_versions';
import * as migration_20261202_004133_screening_tickets from './20261202_004133_screening_tickets';
import * as migration_20261202_004238_pages_posts_look_seo from './20261202_004238_pages_posts_look_seo';
import * as migration_20261202_004318_media_use from './20261202_004318_media_use';
import * as migration_20261202_004500_clean_empty_drafts from './20261202_004500_clean_empty_drafts';
import * as migration_20261202_013129_webhooks from './20261202_013129_webhooks';
import * as migration_20261202_014022_payload_lockout_off from './20261202_014022_payload_lockout_off';
import * as migration_20261202_072635_film_tagline from './20261202_072635_film_tagline';

export const migrations = [
  {
    up: migration_20261126_190935_initial.up,
    down: migration_20261126_190935_initial.down,
    name: '20261126_190935_initial',
  },
  {
    up: migration_20261126_192345_screening_ics_sequence.up,
    down: migration_20261126_192345_screening_ics_sequence.down,
    name: '20261126_192345_screening_ics_sequence',
  },
  {
    up: migration_20261126_192809_search_text.up,
    down: migration_20261126_192809_search_text.down,
    name: '20261126_192809_search_text',
  },
  {
    up: migration_20261126_194500_api_rate_limits.up,
    down: migration_20261126_194500_api_rate_limits.down,
    name: '20261126_194500_api_rate_limits',
  },
  {
    up: migration_20261126_195723_previous_slugs.up,
    down: migration_20261126_195723_previous_slugs.down,
    name: '20261126_195723_previous_slugs',
  },
  {
    up: migration_20261126_200245_scheduled_publishing.up,
    down: migration_20261126_200245_scheduled_publishing.down,
    name: '20261126_200245_scheduled_publishing',
  },
  {
    up: migration_20261126_223449_media_storage_fields.up,
    down: migration_20261126_223449_media_storage_fields.down,
    name: '20261126_223449_media_storage_fields',
  },
  {
    up: migration_20261127_012820_locale_parent_indexes.up,
    down: migration_20261127_012820_locale_parent_indexes.down,
    name: '20261127_012820_locale_parent_indexes',
  },
  {
    up: migration_20261127_044844_screening_day.up,
    down: migration_20261127_044844_screening_day.down,
    name: '20261127_044844_screening_day',
  },
  {
    up: migration_20261127_054628_site_versions.up,
    down: migration_20261127_054628_site_versions.down,
    name: '20261127_054628_site_versions',
  },
  {
    up: migration_20261202_004133_screening_tickets.up,
    down: migration_20261202_004133_screening_tickets.down,
    name: '20261202_004133_screening_tickets',
  },
  {
    up: migration_20261202_004238_pages_posts_look_seo.up,
    down: migration_20261202_004238_pages_posts_look_seo.down,
    name: '20261202_004238_pages_posts_look_seo',
  },
  {
    up: migration_20261202_004318_media_use.up,
    down: migration_20261202_004318_media_use.down,
    name: '20261202_004318_media_use',
  },
  {
    up: migration_20261202_004500_clean_empty_drafts.up,
    down: migration_20261202_004500_clean_empty_drafts.down,
    name: '20261202_004500_clean_empty_drafts',
  },
  {
    up: migration_20261202_013129_webhooks.up,
    down: migration_20261202_013129_webhooks.down,
    name: '20261202_013129_webhooks',
  },
  {
    up: migration_20261202_014022_payload_lockout_off.up,
    down: migration_20261202_014022_payload_lockout_off.down,
    name: '20261202_014022_payload_lockout_off',
  },
  {
    up: migration_20261202_072635_film_tagline.up,
    down: migration_20261202_072635_film_tagline.down,
    name: '20261202_072635_film_tagline'
  },
];
