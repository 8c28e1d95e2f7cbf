import { accountValidationErrorCodes } from '@/lib/api-types/account-validation';
import { getDb } from '../db/database';
import { pcError, route } from '../http';
import { customerNotFound, findCustomer } from './customers';

type CustomerParams = { customerId: string };

export const accountValidationHandlers = [
  /**
   * "Retrieve the validation status of a customer". `type` is required and `account` is the one
   * documented type; a customer without a status is a 404 with the extended error body.
   */
  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/validationStatus',
    ({ params, url }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      const type = url.searchParams.get('type');
      if (type?.toLowerCase() !== 'account') {
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: type
            ? `The validation type '${type}' is not supported; use type=account.`
            : 'The validation type is required; use type=account.',
          data: [{ field: 'type', message: 'Use type=account.' }],
        });
      }
      const status = getDb().accountValidations[customer.id];
      if (!status) {
        return pcError({
          status: 404,
          code: accountValidationErrorCodes.statusNotFound,
          errorName: 'AccountStatusNotFound',
          description: `Account Status for the customer, ${customer.id} was not found.`,
        });
      }
      return Response.json(status);
    },
    { action: 'customers.read' },
  ),
];
