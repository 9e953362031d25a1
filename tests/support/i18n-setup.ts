// Unit tests read strings in English from the catalog, as the extension reads them from _locales/en.
import { catalog } from '../../src/i18n/catalog';
import { catalogLookup } from '../../src/i18n/catalog-lookup';
import { useMessages } from '../../src/i18n/t';

useMessages(catalogLookup(catalog, 'en'));
