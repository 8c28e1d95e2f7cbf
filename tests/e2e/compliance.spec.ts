import { expect as baseExpect, expectNoSeriousA11yViolations, test, trackConsoleErrors } from './support';

// Each tab is its own lazily loaded chunk; on the shared 2-core machine a first load can pass 10 s.
const expect = baseExpect.configure({ timeout: 30_000 });

test('record an MCA acceptance and request an Education qualification for one customer, axe-clean in English and French', async ({
  page,
}) => {
  // Three axe runs and a vetting that answers after a few seconds, on a shared machine.
  test.setTimeout(300_000);
  const errors = trackConsoleErrors(page);
  await page.goto('/customers?q=adatum');
  await page.getByRole('link', { name: 'Adatum Education District' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Adatum Education District' })).toBeVisible();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}\/account$/);

  await page.getByRole('tab', { name: 'Agreements' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Agreements' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Customer agreement attestations' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const form = page.getByRole('form', { name: 'Confirm customer acceptance' });
  await form.getByRole('textbox', { name: /^Contact first name/ }).fill('Lena');
  await form.getByRole('textbox', { name: /^Contact last name/ }).fill('Park');
  await form.getByRole('textbox', { name: /^Contact email/ }).fill('lena.park@adatum.example');
  await form.getByRole('textbox', { name: /^Contact phone number/ }).fill('+1 425 555 0142');
  await expect(form.getByText(/^[0-9a-f]{8}-[0-9a-f-]{27}$/)).toBeVisible();
  await form.getByRole('button', { name: 'Confirm customer acceptance' }).click();
  await expect(page.getByRole('row', { name: /Lena Park/ })).toBeVisible();

  await page.getByRole('tab', { name: 'Qualifications' }).click();
  const request = page.getByRole('form', { name: 'Request a qualification' });
  await request.getByRole('radio', { name: 'Education' }).check();
  await request.getByRole('radio', { name: 'Higher education' }).check();
  await request.getByRole('textbox', { name: /^Education website/ }).fill('https://adatum.example');
  await expectNoSeriousA11yViolations(page);
  await request.getByRole('button', { name: 'Request qualification' }).click();
  const table = page.getByRole('table', { name: 'Customer qualifications' });
  await expect(table.getByRole('row', { name: /Education In review/ })).toBeVisible();
  // The vetting answers a few seconds later; the page polls, no reload.
  await expect(table.getByRole('row', { name: /Education Approved/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The same pages in French.
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitemradio', { name: 'Français' }).click();
  await expect(page.getByRole('tab', { name: 'Qualifications' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Qualifications' })).toBeVisible();
  await page.getByRole('tab', { name: 'Contrats' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Contrats' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Lena Park/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(errors).toEqual([]);
});
